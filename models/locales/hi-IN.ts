/**
 * The hi-IN words of the interaction model: how people in India talk to Alexa in Hindi about stretching
 * and about pain.
 *
 * Script: Amazon's guide to Hindi in Alexa skills ("Use Hindi in your Alexa skill") asks for Hindi words
 * in Devanagari and English words in Latin letters ("हिंदी jokes open करो"), because Alexa's Hindi speech
 * recognition writes English words in Latin letters and fails on English words written in Devanagari.
 * So samples mix the two the way people mix the languages ("skip करो", "मेरी progress बताओ"), and
 * exercise names that Indians say in English have Latin synonyms beside the Devanagari name the skill
 * speaks ("puppy pose" beside पपी पोज़).
 *
 * People talk to Alexa with तुम forms ("बताओ", "करो") more than with आप forms; both are here, as are the
 * two spellings recognizers return for some words (हाँ and हां, साँस and सांस). Samples that show the
 * speaker's gender ("मैं वापस आ गया", "आ गई") come in both forms.
 *
 * As in en-US, each exercise's slot value is the name the skill speaks (lambda/i18n/exercises/hi.ts).
 * Synonyms are the names of Indian yoga (भुजंगासन, बालासन, मार्जरी आसन, शशांकासन, अर्ध मत्स्येन्द्रासन),
 * the English names Indian fitness talk uses, and plain Hindi descriptions; a word that could mean two
 * exercises goes to one only ("twist" to वक्रासन, "chair twist" to चेयर ट्विस्ट).
 *
 * Built-ins: AMAZON.FallbackIntent is kept. Amazon's November 2019 post on its expansion names English,
 * German, Japanese, French, Spanish and Italian but not Hindi, and Amazon's own fact sample dropped its
 * hi-IN fallback strings in 2019 (alexa-samples/skill-sample-nodejs-fact pull request 119, "Removed the
 * Fallback Strings for HI-IN"). Later hi-IN models of the same sample, of the Indian evangelists' meal
 * planner sample (pkarthikr/alexa-meal-planner-skill) and of published Hindi skills declare
 * AMAZON.FallbackIntent, one with its sensitivity set, which the model build would reject in a locale
 * without it. So it reached hi-IN after that first post, and nothing is listed in `unavailableBuiltIns`.
 * The local simulator knows Amazon's own phrasings of built-ins in English only, so yes, no, stop, cancel
 * and help get Hindi samples.
 */
import type { ExerciseId } from '../../lambda/catalog/exercises';
import { hi as exerciseTexts } from '../../lambda/i18n/exercises/hi';
import { exerciseWords } from '../exercise-words';
import type { LocaleModel } from '../locale-model';

const EXERCISE_SYNONYMS: Readonly<Record<ExerciseId, readonly string[]>> = {
  seated_spinal_twist: [
    'वक्र आसन', 'vakrasana', 'अर्ध मत्स्येन्द्रासन', 'अर्ध मत्स्येंद्रासन', 'मत्स्येन्द्रासन', 'ardha matsyendrasana',
    'seated twist', 'seated spinal twist', 'spinal twist', 'sitting twist', 'बैठकर twist', 'रीढ़ का twist',
    'रीढ़ को घुमाना', 'बैठकर रीढ़ घुमाना',
    // "twist" alone: here only (the chair exercise has "chair twist" and "rotation").
    'twist', 'ट्विस्ट',
  ],
  locust: [
    'शलभ आसन', 'salabhasana', 'shalabhasana', 'locust', 'locust pose', 'टिड्डी आसन', 'superman', 'superman pose',
    'सुपरमैन', 'back lift', 'पेट के बल लेटकर उठना',
  ],
  revolved_triangle: [
    'परिवृत्त त्रिकोण आसन', 'परिवृत त्रिकोणासन', 'parivrtta trikonasana', 'revolved triangle', 'twisted triangle',
    'त्रिकोणासन', 'त्रिकोण आसन', 'trikonasana', 'triangle', 'triangle pose', 'घूमा हुआ त्रिकोणासन',
  ],
  standing_forward_bend: [
    'पाद हस्तासन', 'padahastasana', 'हस्तपादासन', 'उत्तानासन', 'uttanasana', 'forward bend', 'standing forward bend',
    'forward fold', 'toe touch', 'rag doll', 'आगे झुकना', 'खड़े होकर आगे झुकना', 'आगे झुकने वाला आसन', 'पैर छूना',
  ],
  eagle_arms: [
    'eagle arms', 'eagle arm', 'eagle', 'eagle pose', 'गरुड़ासन', 'गरुड़ आसन', 'garudasana', 'गरुड़ासन के हाथ',
    'shoulder hug', 'desk stretch', 'कंधों की stretching', 'कंधे की stretch',
  ],
  puppy_pose: [
    'puppy pose', 'puppy', 'puppy stretch', 'extended puppy', 'पपी', 'उत्तान शिशोसन', 'उत्तान शिशु आसन',
    'अनाहतासन', 'melting heart',
  ],
  thread_the_needle: [
    'thread the needle', 'thread the needle pose', 'thread needle', 'needle pose', 'सुई धागा', 'सुई में धागा',
    'सुई धागा आसन', 'सुई में धागा डालना',
  ],
  childs_pose: [
    'बाल आसन', 'balasana', 'शिशु आसन', 'शिशुआसन', 'शशांकासन', 'शशांक आसन', 'shashankasana', 'child pose',
    'childs pose', "child's pose", 'चाइल्ड पोज़', 'resting pose',
  ],
  sitting_rotation: [
    'chair twist', 'chair rotation', 'sitting rotation', 'seated rotation', 'कुर्सी twist', 'कुर्सी पर twist',
    'कुर्सी पर घुमाव', 'बैठकर घुमाव', 'धड़ घुमाना', 'rotation', 'trunk rotation', 'torso rotation',
  ],
  head_stretch: [
    'गर्दन की stretching', 'गर्दन का stretch', 'गर्दन की स्ट्रेच', 'गर्दन stretch', 'head stretch', 'neck stretch',
    'सिर झुकाना', 'ठोड़ी छाती से लगाना', 'chin to chest', 'गर्दन का व्यायाम', 'गर्दन की कसरत',
  ],
  cat_stretch: [
    'मार्जरी', 'मार्जरासन', 'बिटिलासन', 'बिडालासन', 'marjariasana', 'marjaryasana',
    'cat', 'cat pose', 'cat stretch', 'cat cow', 'cat cow pose', 'cow pose', 'कैट काउ', 'बिल्ली आसन',
    'बिल्ली वाला आसन',
  ],
  passive_backbend: [
    'तौलिया stretch', 'towel stretch', 'towel roll', 'तौलिये पर लेटना', 'तौलिये वाला stretch', 'passive backbend',
    'backbend', 'supported backbend', 'chest opener', 'तौलिये पर बैकबेंड',
  ],
  cobra_stretch: [
    'भुजंग आसन', 'bhujangasana', 'cobra', 'cobra pose', 'cobra stretch', 'कोबरा', 'कोबरा पोज़', 'सर्पासन',
    'सर्प आसन', 'snake pose', 'sphinx', 'sphinx pose', 'baby cobra',
  ],
  bridge_stretch: [
    'सेतु बंधासन', 'सेतुबंध आसन', 'सेतुबंध', 'setu bandhasana', 'bridge', 'bridge pose', 'bridge stretch',
    'glute bridge', 'hip lift', 'कूल्हे उठाना',
  ],
};


export const hiIN: LocaleModel = {
  // "पीठ stretching": Hindi for the back, and the English word Indians use for stretching, written in
  // Latin letters as Amazon's Hindi guide asks for English words in invocation names ("मज़ेदार jokes").
  // Two words, no postposition (का, की, से, को), no launch word (खोलो, शुरू, चालू) and no wake word.
  invocationName: 'पीठ stretching',

  samples: {
    PainIntent: [
      'दर्द हो रहा है', 'दर्द', 'ouch', 'उई', 'उई माँ', 'आह', 'हाय', 'उफ़', 'it hurts', 'मुझे दर्द हो रहा है',
      'बहुत दर्द हो रहा है', 'दर्द हो गया', 'दर्द हुआ', 'दर्द है', 'मुझे दर्द है', 'बहुत दर्द है', 'दर्द बहुत है',
      'दुख रहा है', 'दुख रही है', 'बहुत दुख रहा है', 'यह दुख रहा है', 'पीठ में दर्द हो रहा है',
      'मेरी पीठ में दर्द हो रहा है', 'पीठ दुख रही है', 'मेरी पीठ दुख रही है', 'कमर में दर्द हो रहा है',
      'कमर दुख रही है', 'गर्दन में दर्द हो रहा है', 'गर्दन दुख रही है', 'कंधे में दर्द हो रहा है', 'कंधा दुख रहा है',
      'घुटने में दर्द हो रहा है', 'घुटना दुख रहा है', 'घुटनों में दर्द हो रहा है', 'कलाई में दर्द हो रहा है',
      'कूल्हे में दर्द हो रहा है', 'रुको दर्द हो रहा है', 'बंद करो दर्द हो रहा है', 'आह दर्द हो रहा है',
      'दर्द हो रहा है रुको', 'इसमें दर्द हो रहा है', 'इससे दर्द हो रहा है', 'उफ़ दर्द', 'बहुत ज़्यादा हो गया',
      'यह बहुत ज़्यादा है', 'सहन नहीं हो रहा', 'बर्दाश्त नहीं हो रहा', 'कुछ खिंच गया', 'नस खिंच गई', 'मोच आ गई',
      'चोट लग गई', 'मुझे चोट लग गई', 'लगता है चोट लग गई', 'pain हो रहा है',
    ],
    RedFlagIntent: [
      'सीने में दर्द हो रहा है', 'सीने में दर्द है', 'मेरे सीने में दर्द है', 'छाती में दर्द हो रहा है',
      'छाती में दर्द है', 'सीने में दबाव लग रहा है', 'छाती भारी लग रही है', 'सीना जकड़ रहा है', 'साँस नहीं आ रही',
      'सांस नहीं आ रही', 'साँस लेने में दिक्कत हो रही है', 'सांस लेने में तकलीफ़ हो रही है', 'साँस फूल रही है',
      'दम घुट रहा है', 'पैर सुन्न हो गए', 'पैर सुन्न हो गया', 'टाँगें सुन्न हो गईं', 'पैरों में झुनझुनी हो रही है',
      'पैरों में झनझनाहट हो रही है', 'पैरों में चींटियाँ चल रही हैं', 'हाथ सुन्न हो गया', 'हाथ में झुनझुनी हो रही है',
      'बाँह सुन्न हो गई', 'हाथ में चींटियाँ चल रही हैं', 'चक्कर आ रहे हैं', 'चक्कर आ रहा है और जी मिचला रहा है',
      'बेहोशी सी लग रही है', 'ठंडा पसीना आ रहा है', 'पसीना आ रहा है और सीने में दर्द है', 'पैरों में जान नहीं है',
      'पैर कमज़ोर लग रहे हैं', 'पैर जवाब दे गए', 'पैर महसूस नहीं हो रहे', 'हाथ महसूस नहीं हो रहा',
      'पेशाब पर काबू नहीं रहा', 'पेशाब नहीं हो रहा', 'पेशाब निकल गया', 'शौच पर काबू नहीं रहा',
      'जाँघों के बीच सुन्नपन है', 'पीठ में चीरने जैसा दर्द है', 'बुखार है', 'मुझे बुखार है', 'लगता है हड्डी टूट गई',
      'लगता है दिल का दौरा पड़ रहा है', 'heart attack आ रहा है',
    ],
    PainKindIntent: [
      '{painKind}', '{painKind} है', '{painKind} दर्द है', '{painKind} वाला दर्द है', '{painKind} सा है',
      '{painKind} सा लग रहा है', '{painKind} लग रहा है', '{painKind} जैसा है', '{painKind} जैसा लग रहा है',
      '{painKind} जैसा दर्द है', 'यह {painKind} है', 'यह {painKind} दर्द है', 'दर्द {painKind} है',
      'दर्द {painKind} वाला है', 'ऐसा लग रहा है जैसे {painKind}', 'मुझे {painKind} लग रहा है',
      'मुझे {painKind} महसूस हो रहा है', 'बस {painKind} है', 'बस {painKind}', 'शायद {painKind} है',
      'मेरे ख़याल से {painKind} है', '{painKind} वाला', '{painKind} सा', 'कुछ {painKind} सा है', '{painKind} हो रहा है',
      '{painKind} हो रही है', 'थोड़ा {painKind} है', 'ज़्यादातर {painKind} है',
    ],
    HowToIntent: [
      '{exercise} कैसे करते हैं', '{exercise} कैसे करें', '{exercise} कैसे करना है', '{exercise} कैसे किया जाता है',
      '{exercise} करने का तरीका बताओ', '{exercise} का तरीका बताओ', '{exercise} करने का तरीका', '{exercise} के बारे में बताओ',
      '{exercise} के बारे में बताइए', '{exercise} समझाओ', '{exercise} समझाइए', '{exercise} क्या है', '{exercise} क्या होता है',
      '{exercise} सिखाओ', 'मुझे {exercise} सिखाओ', '{exercise} करना सिखाओ', 'मुझे {exercise} करना सिखाओ',
      '{exercise} के steps बताओ', '{exercise} की विधि बताओ', '{exercise} करने की विधि', 'मैं {exercise} कैसे करूँ',
      '{exercise} कैसे करूँ', 'बताओ {exercise} कैसे करते हैं', '{exercise} कैसे होता है', '{exercise} के बारे में जानकारी दो',
      '{exercise} का सही तरीका क्या है', '{exercise}',
    ],
    StartExerciseIntent: [
      '{exercise} करते हैं', 'चलो {exercise} करते हैं', '{exercise} शुरू करो', '{exercise} शुरू कीजिए', '{exercise} करो',
      '{exercise} करवाओ', '{exercise} करवाइए', '{exercise} करवा दो', 'मुझे {exercise} करना है', 'मैं {exercise} करना चाहता हूँ',
      'मैं {exercise} करना चाहती हूँ', '{exercise} करना है', '{exercise} करके देखते हैं', '{exercise} try करते हैं',
      '{exercise} try करो', '{exercise} से शुरू करो', '{exercise} पर चलो', 'सीधे {exercise} पर चलो', '{exercise} कराओ',
      'मेरे साथ {exercise} करो', '{exercise} की practice करवाओ', 'क्या हम {exercise} कर सकते हैं', '{exercise} चालू करो',
      '{exercise} start करो',
    ],
    StartRoutineIntent: [
      '{routine} routine शुरू करो', '{routine} routine शुरू कीजिए', '{routine} routine करो', '{routine} routine करते हैं',
      '{routine} routine करवाओ', '{routine} stretching शुरू करो', '{routine} stretching करवाओ', '{routine} stretching करते हैं',
      '{routine} routine', '{routine} stretching', 'मुझे {routine} routine करना है', '{routine} workout शुरू करो',
      '{routine} routine चालू करो', 'शुरू करो', 'शुरू करें', 'शुरू कीजिए', 'शुरू', 'start', 'start करो',
      'चलो शुरू करते हैं', 'चलिए शुरू करें', 'शुरू करते हैं', 'stretching शुरू करो', 'routine शुरू करो', 'workout शुरू करो',
      'exercise शुरू करो', 'stretching करते हैं', 'चलो stretching करते हैं', 'stretching करवाओ',
    ],
    ListExercisesIntent: [
      'कौन कौन से stretch हैं', 'कौन से stretch हैं', 'कौन सी exercise हैं', 'कौन कौन सी exercises हैं',
      'stretches की list बताओ', 'stretch की list बताओ', 'सारे stretch बताओ', 'सभी stretches बताओ', 'exercises की list',
      'कौन से आसन हैं', 'कौन कौन से आसन आते हैं', 'तुम्हें कौन से stretch आते हैं', 'आपको कौन से stretch आते हैं',
      'तुम कौन सी exercise करवा सकती हो', 'आप कौन से stretch करवा सकती हैं', 'stretches के नाम बताओ', 'आसनों के नाम बताओ',
      'मैं कौन से stretch कर सकता हूँ', 'मैं कौन से stretch कर सकती हूँ', 'routine में क्या क्या है', 'क्या क्या stretch हैं',
      'list सुनाओ', 'सारी exercises बताओ', 'सभी आसन बताओ',
    ],
    RemainingIntent: [
      'कितने बाकी हैं', 'कितने और', 'कितना बाकी है', 'और कितना', 'और कितनी देर', 'कितनी देर बाकी है', 'कितना समय बाकी है',
      'कितने stretch बाकी हैं', 'कितनी exercise बाकी हैं', 'कितने reps बाकी हैं', 'कितने और stretch', 'और कितने stretch',
      'क्या हम लगभग ख़त्म कर चुके हैं', 'लगभग हो गया क्या', 'और कितने बचे हैं', 'कितने बचे हैं', 'कितना बचा है',
      'कितनी देर और', 'ख़त्म होने में कितनी देर है', 'अभी कितना बाकी है', 'क्या बचा है',
    ],
    SlowerIntent: [
      'धीरे', 'धीरे करो', 'धीरे धीरे', 'थोड़ा धीरे', 'और धीरे', 'धीरे कीजिए', 'धीमा करो', 'slow', 'slow करो',
      'धीरे बोलो', 'धीरे बोलिए', 'इतनी जल्दी नहीं', 'बहुत जल्दी हो रहा है', 'जल्दी मत करो', 'आप बहुत तेज़ बोल रही हैं',
      'बहुत तेज़ चल रहा है', 'थोड़ा आराम से', 'speed कम करो', 'रफ़्तार कम करो', 'धीरे चलो', 'reps के बीच ज़्यादा समय दो',
      'थोड़ा धीरे करो',
    ],
    LongerHoldsIntent: [
      'ज़्यादा देर hold', 'ज़्यादा देर hold करना है', 'hold लंबा करो', 'लंबा hold', 'लंबे hold', 'और देर तक hold करो',
      'थोड़ा और देर रुकना है', 'ज़्यादा देर तक रुकना है', 'hold बढ़ाओ', 'hold का समय बढ़ाओ', 'stretch लंबे करो', 'लंबे stretch',
      'ज़्यादा देर तक stretch', 'और लंबा', 'hold थोड़ा लंबा', 'longer holds', 'लंबा hold चाहिए', 'हर stretch ज़्यादा देर',
      'ज़्यादा देर तक पकड़ना है',
    ],
    GentlerIntent: [
      'आसान', 'आसान करो', 'आसान वाला', 'आसान तरीका', 'आसान तरीका बताओ', 'कोई आसान तरीका', 'इसे आसान करो', 'थोड़ा आसान',
      'हल्का version', 'आसान version', 'easy version', 'gentle version', 'हल्का करो', 'यह बहुत मुश्किल है',
      'बहुत मुश्किल है', 'मुश्किल है', 'कुछ आसान', 'कुछ हल्का', 'सरल तरीका', 'आसान वाला बताओ', 'और आसान',
      'इतना कठिन नहीं', 'इसका आसान तरीका',
    ],
    SkipIntent: [
      'skip', 'skip करो', 'skip कर दो', 'इसे skip करो', 'यह skip करो', 'स्किप', 'छोड़ो', 'इसे छोड़ दो', 'यह वाला छोड़ दो',
      'छोड़ो इसे', 'यह वाला नहीं', 'यह नहीं करना', 'मुझे यह नहीं करना', 'यह वाला नहीं करना', 'चलो इसे छोड़ते हैं',
      'इसे छोड़ते हैं', 'यह stretch छोड़ दो', 'यह exercise छोड़ दो', 'मुझसे यह नहीं होगा', 'यह मैं नहीं करूँगा',
      'यह मैं नहीं करूँगी', 'आज यह छोड़ दो',
    ],
    ProgressIntent: [
      'मेरी progress बताओ', 'मेरी प्रगति बताओ', 'मेरी प्रगति कैसी है', 'मैं कैसा कर रहा हूँ', 'मैं कैसा कर रही हूँ',
      'मेरी progress कैसी है', 'मैंने लगातार कितने दिन किया', 'लगातार कितने दिन हुए', 'मेरी streak क्या है',
      'मेरी streak बताओ', 'इस हफ़्ते कितने sessions हुए', 'मैंने कितने sessions किए', 'मैंने कितनी stretching की',
      'मैंने कितने मिनट किए', 'मेरे आँकड़े बताओ', 'मेरे stats बताओ', 'अब तक कैसा रहा', 'मेरा record बताओ',
      'मेरी progress', 'मेरे stats', 'मेरा हिसाब बताओ',
    ],
    ForgetDataIntent: [
      'मेरा data मिटा दो', 'मेरा data delete करो', 'मेरी history delete करो', 'मेरी history मिटा दो', 'मेरा record मिटा दो',
      'मेरा record delete करो', 'मुझे भूल जाओ', 'मेरे बारे में सब भूल जाओ', 'मेरी जानकारी मिटा दो',
      'मेरी जानकारी delete करो', 'मेरा इतिहास मिटा दो', 'मेरी progress मिटा दो', 'मेरी progress reset करो',
      'सब कुछ मिटा दो', 'मेरा data हटा दो', 'मेरी history हटा दो', 'मेरी stretching history मिटा दो',
      'मेरा सारा data delete कर दो', 'data clear करो',
    ],

    // The skill tells users to say अगला, and हो गया when the last stretch is done.
    'AMAZON.NextIntent': [
      'अगला', 'next', 'अगला वाला', 'अगला stretch', 'अगली exercise', 'अगले stretch पर चलो', 'आगे', 'आगे चलो', 'आगे चलिए',
      'आगे बढ़ो', 'अगले पर चलो', 'चलो आगे', 'हो गया', 'हो गया अगला', 'done', 'कर लिया', 'मैं तैयार हूँ', 'तैयार हूँ',
      'तैयार', 'ready', 'next करो', 'अगला बताओ',
    ],
    'AMAZON.PreviousIntent': [
      'पिछला', 'previous', 'पिछला वाला', 'पिछला stretch', 'पिछली exercise', 'वापस जाओ', 'पीछे जाओ', 'एक पीछे जाओ',
      'पिछले वाले पर चलो', 'पिछले पर जाओ', 'पहले वाला', 'वापस पिछले पर',
    ],
    'AMAZON.RepeatIntent': [
      'फिर से बोलो', 'दोबारा बोलो', 'फिर से बताओ', 'दोबारा बताओ', 'एक बार और बोलो', 'क्या कहा', 'क्या बोला', 'repeat',
      'repeat करो', 'समझ नहीं आया', 'सुनाई नहीं दिया', 'steps दोबारा बताओ', 'फिर से कहिए',
    ],
    'AMAZON.StartOverIntent': [
      'फिर से शुरू करो', 'शुरू से करो', 'शुरू से शुरू करो', 'दोबारा शुरू करो', 'एक बार फिर शुरू से', 'restart',
      'restart करो', 'पहले से शुरू करो', 'शुरुआत से करो', 'routine दोबारा शुरू करो', 'शुरू से दोबारा', 'start over',
    ],
    // "Wait": रुको is what people say; stopping for good is बंद करो.
    'AMAZON.PauseIntent': [
      'रुको', 'रुकिए', 'एक मिनट', 'एक मिनट रुको', 'एक सेकंड', 'एक second', 'ज़रा रुको', 'थोड़ा रुको', 'रुक जाओ',
      'pause', 'pause करो', 'थोड़ी देर रुको', 'मुझे break चाहिए', 'break लेते हैं', 'थोड़ा break', 'hold on', 'ठहरो',
      'रुको ज़रा', 'wait',
    ],
    'AMAZON.ResumeIntent': [
      'जारी रखो', 'जारी रखिए', 'जारी रखें', 'चालू रखो', 'resume', 'continue', 'continue करो', 'resume करो',
      'मैं वापस आ गया', 'मैं वापस आ गई', 'करते रहो', 'चलो जारी रखते हैं', 'जहाँ रुके थे वहीं से करो', 'आगे करो',
      'stretching जारी रखो', 'routine जारी रखो',
    ],
    'AMAZON.YesIntent': [
      'हाँ', 'हां', 'हाँ जी', 'जी हाँ', 'जी', 'हाँ हाँ', 'हाँ बिल्कुल', 'बिल्कुल', 'ज़रूर', 'ठीक है', 'हाँ ठीक है', 'ओके',
      'okay', 'ok', 'yes', 'हाँ करो', 'हाँ चलो', 'हाँ please', 'हाँ बताओ', 'क्यों नहीं',
    ],
    'AMAZON.NoIntent': [
      'नहीं', 'ना', 'नहीं जी', 'जी नहीं', 'नहीं नहीं', 'नहीं धन्यवाद', 'नहीं शुक्रिया', 'no', 'बिल्कुल नहीं', 'अभी नहीं',
      'ऐसा कुछ नहीं', 'ऐसा कुछ नहीं है', 'नहीं ऐसा कुछ नहीं', 'कुछ नहीं', 'नहीं चाहिए', 'नहीं है',
    ],
    'AMAZON.StopIntent': [
      'बंद करो', 'बंद कर दो', 'बंद कीजिए', 'बस करो', 'बस', 'बंद', 'stop', 'stop करो', 'ख़त्म करो', 'अब बस', 'बाहर निकलो',
      'exit', 'चुप हो जाओ', 'आज के लिए इतना ही', 'आज के लिए बस',
    ],
    'AMAZON.CancelIntent': ['cancel', 'cancel करो', 'रद्द करो', 'रहने दो', 'रहने दीजिए', 'कोई बात नहीं', 'छोड़ो रहने दो'],
    'AMAZON.HelpIntent': [
      'मदद', 'मदद करो', 'मदद चाहिए', 'मुझे मदद चाहिए', 'help', 'help करो', 'सहायता', 'क्या बोलूँ', 'मैं क्या बोलूँ',
      'मैं क्या बोल सकता हूँ', 'मैं क्या बोल सकती हूँ', 'यह कैसे काम करता है', 'तुम क्या कर सकती हो',
    ],
  },

  slotValues: {
    ExerciseType: exerciseWords(exerciseTexts, EXERCISE_SYNONYMS),
    RoutineType: {
      default: {
        value: 'रोज़ का',
        synonyms: [
          'रोज़ वाला', 'रोज़ की', 'रोज़ वाली', 'रोज़ाना का', 'रोज़ाना वाला', 'daily', 'मेरा', 'मेरी', 'मेरा रोज़ का',
          'normal', 'नॉर्मल', 'usual', 'regular', 'basic', 'आम', 'सामान्य', 'हमेशा वाला',
        ],
      },
      chair: {
        value: 'कुर्सी वाला',
        synonyms: [
          'कुर्सी वाली', 'कुर्सी', 'कुर्सी पर', 'chair', 'office', 'office वाला', 'desk', 'बैठकर', 'बैठे बैठे', 'बैठने वाला',
          'बैठने वाली',
        ],
      },
      floor: {
        value: 'ज़मीन वाला',
        synonyms: [
          'ज़मीन वाली', 'ज़मीन', 'ज़मीन पर', 'जमीन वाला', 'floor', 'mat', 'mat वाला', 'yoga mat', 'लेटकर', 'लेटने वाला',
          'नीचे वाला',
        ],
      },
      full: {
        value: 'पूरा',
        synonyms: ['पूरी', 'पूरा का पूरा', 'सारा', 'सारे', 'सारी', 'सभी', 'सब', 'full', 'complete', 'लंबा', 'लंबी', 'चौदह'],
      },
    },
    PainKindType: {
      sharp: {
        value: 'तेज़',
        synonyms: [
          'तेज', 'तेज़ दर्द', 'बहुत तेज़ दर्द', 'चुभने वाला', 'चुभता हुआ', 'चुभन', 'चुभन वाला', 'करंट जैसा', 'करंट',
          'current जैसा', 'झटके जैसा', 'झटका', 'सुई जैसा', 'सुई चुभने जैसा', 'चाकू जैसा', 'टीस', 'टीस वाला', 'जलन',
          'जलन वाला', 'अचानक', 'असहनीय', 'तीखा', 'धक धक वाला', 'sharp', 'shooting', 'stabbing',
        ],
      },
      mild: {
        value: 'खिंचाव',
        synonyms: [
          'हल्का', 'हल्का दर्द', 'हल्का हल्का', 'हल्का हल्का दर्द', 'मीठा मीठा दर्द', 'मीठा दर्द', 'ज़ोर का खिंचाव',
          'हल्का खिंचाव', 'थोड़ा खिंचाव', 'खिंचाव सा', 'stretch', 'अकड़न', 'जकड़न', 'दुखन', 'भारीपन', 'सुस्त दर्द',
          'ज़्यादा नहीं', 'थोड़ा सा', 'सहने लायक', 'तनाव', 'कसाव', 'tightness', 'mild', 'ठीक ठाक', 'ज़्यादा बुरा नहीं',
        ],
      },
    },
  },

  phrasing: {
    // Hindi says the launch word after the name: "Alexa, मज़ेदार jokes खोलो", "हिंदी jokes open करो"
    // (Amazon's Hindi docs), and "शुरू करो" or "चालू करो" as people say it to any app.
    launch: ['{name} खोलो', '{name} खोलिए', '{name} open करो', '{name} शुरू करो', '{name} चालू करो', '{name} start करो'],
    // "Alexa, दैनिक राशिफल से पूछो कि मिथुन राशि का राशिफल क्या है" (Amazon's docs on invocation names).
    request: ['{name} से पूछो कि {request}', '{name} से पूछो {request}', '{name} से कहो {request}', '{name} खोलो और {request}'],
    forbiddenInInvocationName: [
      'खोलो', 'खोलिए', 'खोलें', 'शुरू', 'चालू', 'चलाओ', 'पूछो', 'पूछिए', 'कहो', 'बताओ', 'बोलो',
      'open', 'start', 'launch', 'ask', 'tell', 'enable',
      'से', 'को', 'में', 'पर', 'का', 'की', 'के', 'और', 'कि',
      'एलेक्सा', 'अलेक्सा', 'alexa', 'अमेज़न', 'amazon', 'इको', 'echo', 'स्किल', 'skill', 'ऐप', 'app',
    ],
    spaced: true,
  },

  publishing: {
    name: 'पीठ की स्ट्रेचिंग',
    summary: 'पीठ के ऊपरी और बीच वाले हिस्से के लिए हल्की स्ट्रेचिंग, आवाज़ के साथ, एक एक कदम, बिना हाथ लगाए.',
    description:
      'पीठ की स्ट्रेचिंग आपको पीठ के ऊपरी और बीच वाले हिस्से की अकड़न के लिए हल्की स्ट्रेचिंग आवाज़ से करवाती है, ताकि आँखें बंद रहें और हाथ खाली. ऑफिस की कुर्सी पर छोटा रूटीन चुनिए, मैट पर ज़मीन वाला रूटीन, या चौदह स्ट्रेच वाला पूरा रूटीन. या किसी एक स्ट्रेच का तरीका पूछिए, जैसे भुजंगासन, बालासन या मार्जरी आसन. हर स्ट्रेच एक एक कदम समझाया जाता है, होल्ड और राउंड की गिनती होती है, और कभी भी बोलिए: धीरे, लंबा होल्ड, आसान तरीका, स्किप, या रुको.\n\nस्ट्रेच सिर्फ़ हल्के खिंचाव तक कीजिए, दर्द तक कभी नहीं. कहीं भी दर्द हो, तो रुकिए और बोलिए, "दर्द हो रहा है": स्किल तुरंत रुककर आपका हाल पूछती है.',
    disclaimer:
      'ज़रूरी सूचना: पीठ की स्ट्रेचिंग व्यायाम के बारे में सिर्फ़ आम जानकारी देती है. यह डॉक्टरी सलाह नहीं है, और किसी पेशेवर डॉक्टरी सलाह, जाँच या इलाज की जगह नहीं ले सकती. कोई भी नया व्यायाम शुरू करने से पहले अपने डॉक्टर से बात कीजिए, ख़ासकर अगर हाल में चोट लगी हो, ऑपरेशन हुआ हो, या आप गर्भवती हों. कहीं भी दर्द हो, तो तुरंत रुक जाइए. सीने में दर्द, साँस लेने में तकलीफ़, पैरों में सुन्नपन या कमज़ोरी, या किसी भी दूसरी इमरजेंसी में तुरंत 112 या अपने इलाके के इमरजेंसी नंबर पर फ़ोन कीजिए.',
    examplePhrases: [
      'Alexa, पीठ stretching खोलो',
      'Alexa, पीठ stretching से पूछो कि भुजंगासन कैसे करते हैं',
      'Alexa, पीठ stretching खोलो और कुर्सी वाला routine शुरू करो',
    ],
    keywords: ['स्ट्रेचिंग', 'पीठ', 'योग', 'आसन', 'व्यायाम', 'कसरत', 'ऑफिस', 'पोस्चर', 'stretching', 'yoga'],
  },
};
