import { hi as exercises } from '../exercises/hi';
import { languagePack, regions } from '../language-pack';

/**
 * Hindi number words up to a hundred. Hindi has a word of its own for every number below a hundred
 * (सत्ताईस, उनचास, निन्यानवे), so they are listed rather than built from parts.
 */
const UP_TO_HUNDRED = [
  'शून्य', 'एक', 'दो', 'तीन', 'चार', 'पाँच', 'छह', 'सात', 'आठ', 'नौ', 'दस',
  'ग्यारह', 'बारह', 'तेरह', 'चौदह', 'पंद्रह', 'सोलह', 'सत्रह', 'अठारह', 'उन्नीस', 'बीस',
  'इक्कीस', 'बाईस', 'तेईस', 'चौबीस', 'पच्चीस', 'छब्बीस', 'सत्ताईस', 'अट्ठाईस', 'उनतीस', 'तीस',
  'इकतीस', 'बत्तीस', 'तैंतीस', 'चौंतीस', 'पैंतीस', 'छत्तीस', 'सैंतीस', 'अड़तीस', 'उनतालीस', 'चालीस',
  'इकतालीस', 'बयालीस', 'तैंतालीस', 'चवालीस', 'पैंतालीस', 'छियालीस', 'सैंतालीस', 'अड़तालीस', 'उनचास', 'पचास',
  'इक्यावन', 'बावन', 'तिरपन', 'चौवन', 'पचपन', 'छप्पन', 'सत्तावन', 'अट्ठावन', 'उनसठ', 'साठ',
  'इकसठ', 'बासठ', 'तिरसठ', 'चौंसठ', 'पैंसठ', 'छियासठ', 'सड़सठ', 'अड़सठ', 'उनहत्तर', 'सत्तर',
  'इकहत्तर', 'बहत्तर', 'तिहत्तर', 'चौहत्तर', 'पचहत्तर', 'छिहत्तर', 'सतहत्तर', 'अठहत्तर', 'उन्यासी', 'अस्सी',
  'इक्यासी', 'बयासी', 'तिरासी', 'चौरासी', 'पचासी', 'छियासी', 'सत्तासी', 'अट्ठासी', 'नवासी', 'नब्बे',
  'इक्यानवे', 'बानवे', 'तिरानवे', 'चौरानवे', 'पंचानवे', 'छियानवे', 'सत्तानवे', 'अट्ठानवे', 'निन्यानवे',
] as const;

/** Up to three minutes: the passive backbend held longer is said in seconds ("एक सौ बीस सेकंड"). */
function numberWord(n: number): string {
  if (n < 100) return UP_TO_HUNDRED[n] ?? String(n);
  const rest = n - 100;
  return rest === 0 ? 'एक सौ' : `एक सौ ${UP_TO_HUNDRED[rest] ?? String(rest)}`;
}

/**
 * Hindi for Alexa's Hindi voice, which speaks as a woman: the skill says मैं रुक जाऊँगी, करवाती हूँ.
 * The user is addressed with आप, and sentences are built so that no verb takes the user's gender
 * (polite imperatives, "क्या ... करें?") and no verb agrees with an exercise name or a count, whose
 * gender and number change: "आपने {{stretches}} की प्रैक्टिस की" agrees with प्रैक्टिस whatever the
 * count. Everyday Indian words are used as people say them in Hindi: स्ट्रेच, रूटीन, होल्ड, सेशन.
 * The words the skill tells users to say (अगला, दर्द हो रहा है, जारी रखो, स्किप, हो गया) are samples
 * of the hi-IN model. "It hurts" is taught with the wake word, “एलेक्सा, दर्द हो रहा है”, because the
 * user says it while Alexa is talking; the prompts say it first and end with their question.
 */
export const hi = languagePack({
  // The same content takes about a fifth longer to say in Hindi than in English: espeak-ng reading this
  // pack and the English one at one setting took 1183 and 981 seconds for about the same number of
  // characters (16,100 and 16,600). Hindi needs about half as many syllables again as English for the
  // same words, which a voice says a little faster. The English 14.5 scaled by that gives twelve. Every
  // count word up to thirty (the longest, सत्ताईस and अट्ठाईस, seven characters) then fits in its second.
  charactersPerSecond: 12,
  exercises,
  screen: {
    title: 'पीठ की स्ट्रेचिंग',
    hurts: 'दर्द हो रहा है',
    pause: 'रोकें',
    resume: 'जारी रखें',
    next: 'अगला',
    progress: 'स्ट्रेच {{n}} / {{total}}',
  },
  routines: {
    default: 'आपका रोज़ का रूटीन',
    chair: 'कुर्सी वाला रूटीन',
    floor: 'ज़मीन वाला रूटीन',
    full: 'पूरा रूटीन',
  },
  numbers: Array.from({ length: 181 }, (_, n) => numberWord(n)),
  speech: {
    // As Indian fitness trainers say it ("अब होल्ड... दो... तीन", "बस ऐसे ही"), and short, so that the
    // count's next number still comes on its second.
    'hold.start': 'अब होल्ड.',
    'hold.keepHolding': 'बस ऐसे ही.',
    'hold.long': '{{duration}} तक इसी स्थिति में रहिए, और शरीर को ढीला छोड़िए.',
    'hold.left': 'बस {{duration}} और.',
    // Hindi's "one" covers zero and one (Intl.PluralRules), and सेकंड, मिनट, दिन, स्ट्रेच and सेशन do
    // not change for the plural, so both forms carry the number.
    'duration.seconds_one': '{{n}} सेकंड',
    'duration.seconds_other': '{{n}} सेकंड',
    'duration.minutes_one': '{{n}} मिनट',
    'duration.minutes_other': '{{n}} मिनट',
    'duration.days_one': '{{n}} दिन',
    'duration.days_other': '{{n}} दिन',
    sessions_one: '{{n}} सेशन',
    sessions_other: '{{n}} सेशन',
    stretches_one: '{{n}} स्ट्रेच',
    stretches_other: '{{n}} स्ट्रेच',
    'side.generic': 'अब {{side}} तरफ़.',
    'sideName.right': 'दाईं',
    'sideName.left': 'बाईं',
    'explain.intro': '{{exercise}} करने का तरीका सुनिए. {{needs}}',
    'explain.caution': 'ध्यान रखिए. {{caution}}',
    'explain.gentler': 'इसे आसान बनाना हो, तो:',
    // 112 is India's single emergency number (police, fire and ambulance), said as a number, एक सौ बारह;
    // 108 is the ambulance number people know best, एक सौ आठ (docs/pain-safety.md, section 4). Each
    // takes its पर, so the sentences read "तुरंत $t(emergencyNumber) फ़ोन कीजिए".
    emergencyNumber: 'एक सौ बारह पर, या एम्बुलेंस के लिए एक सौ आठ पर,',
  },
  messages: {
    welcome: 'पीठ की स्ट्रेचिंग में आपका स्वागत है.',
    disclaimer:
      'एक ज़रूरी बात: यह डॉक्टरी सलाह नहीं है. अगर आप गर्भवती हैं, या हाल में चोट लगी है, तो पहले अपने डॉक्टर से पूछ लीजिए. और कहीं भी दर्द हो, तो रुक जाइए.',
    goodbye: 'अपनी पीठ का ख़याल रखिए. फिर मिलेंगे.',
    fallback: 'माफ़ कीजिए, मैं ठीक से समझ नहीं पाई.',
    'error.apology': 'माफ़ कीजिए, मेरी तरफ़ से कुछ गड़बड़ हो गई.',
    'routine.start':
      'चलिए, {{routine}} करते हैं: {{stretches}}, लगभग {{minutes}}. कहीं भी दर्द हो, तो कभी भी बोलिए, “एलेक्सा, दर्द हो रहा है”, और मैं रुक जाऊँगी.',
    'routine.done': 'आज की स्ट्रेचिंग पूरी हुई. आपने {{stretches}} की प्रैक्टिस की. शाबाश.',
    'routine.overview': 'रोज़ वाले रूटीन में {{stretches}} हैं, और कुल समय लगभग {{minutes}}.',
    'routine.remaining': 'अब बस {{stretches}} और, लगभग {{minutes}}.',
    'routine.noneLeft': 'वह आख़िरी स्ट्रेच था. अब कोई स्ट्रेच बाकी नहीं है.',
    'exercise.start': 'चलिए, शुरू करते हैं: {{exercise}}.',
    'exercise.leftOut': 'आज मैं {{exercise}} नहीं करवाऊँगी, क्योंकि इससे मिलती जुलती हरकत में पहले दर्द हुआ था.',
    'exercise.list': 'मैं ये स्ट्रेच करवा सकती हूँ: {{exercises}}.',
    'exercise.unknown': 'यह वाला मुझे नहीं आता. मैं {{exercises}} जैसे स्ट्रेच करवा सकती हूँ.',
    'exercise.unknownExplain': 'यह वाला मुझे नहीं आता. मैं {{exercises}} जैसे स्ट्रेच समझा सकती हूँ.',
    'exercise.avoided': 'इससे मिलती जुलती हरकत में पहले दर्द हुआ था, इसलिए आज {{exercise}} छोड़ देते हैं.',
    'rep.number': 'राउंड {{n}}, कुल {{total}} में से.',
    'rep.release': 'और अब ढीला छोड़िए.',
    'stop.summary': 'आज आपने {{stretches}} की प्रैक्टिस की. बहुत बढ़िया.',
    'advice.lasting':
      'अगर पीठ का दर्द कुछ हफ़्तों से ज़्यादा रहे, बढ़ता जाए, रात में नींद से जगा दे, या साथ में बुखार हो या वज़न घटे, तो डॉक्टर को ज़रूर दिखाइए.',
    'nav.stayPaused': 'ठीक है, अभी रुकते हैं.',
    'nav.takeYourTime': 'ठीक है, आराम से, कोई जल्दी नहीं.',
    'nav.nothingToSkip': 'अभी कोई स्ट्रेच शुरू नहीं हुआ, तो छोड़ने के लिए कुछ नहीं है.',
    'nav.nothingToPause': 'अभी कुछ चल ही नहीं रहा, तो रोकने के लिए कुछ नहीं है.',
    'nav.paused':
      'मैंने रोक दिया है. कोई जल्दी नहीं. तैयार हों, तो बोलिए, जारी रखो. और बाद में लौटना हो, तो बोलिए, “एलेक्सा, पीठ stretching से कहो जारी रखो”.',
    'nav.fromTheTop': 'चलिए, फिर से शुरू से करते हैं.',
    'nav.resuming': 'चलिए, आगे बढ़ते हैं.',
    'nav.pickingUp': 'जहाँ छोड़ा था, वहीं से {{exercise}} फिर शुरू करते हैं.',
    'nav.nothingYet': 'अभी तक कोई स्ट्रेच शुरू नहीं हुआ है.',
    'nav.firstAlready': 'यह पहला ही स्ट्रेच है, तो इसे फिर से शुरू करते हैं.',
    'help.idle':
      'मैं पीठ के ऊपरी और बीच वाले हिस्से के लिए हल्की स्ट्रेचिंग करवाती हूँ, और होल्ड की गिनती भी करती हूँ. रोज़ का रूटीन शुरू करने के लिए बोलिए, शुरू करो. या कुर्सी वाला रूटीन, या ज़मीन वाला रूटीन माँगिए. किसी स्ट्रेच का तरीका भी पूछिए, जैसे, भुजंगासन कैसे करते हैं.',
    'help.exercising':
      'मैं गिनती के साथ आपकी स्ट्रेचिंग करवा रही हूँ. आगे बढ़ने के लिए बोलिए, अगला. दोबारा सुनने के लिए बोलिए, फिर से बोलो. या बोलिए, स्किप, रुको, धीरे, या आसान. कहीं भी दर्द हो, तो बोलिए, “एलेक्सा, दर्द हो रहा है”. मैं बोल रही हूँ तब भी, मैं तुरंत रुक जाऊँगी.',
    'help.paused':
      'अभी स्ट्रेचिंग रुकी हुई है. आगे करने के लिए बोलिए, जारी रखो. अगले स्ट्रेच पर जाने के लिए, स्किप. और ख़त्म करने के लिए, बंद करो. कहीं भी दर्द हो, तो बोलिए, “एलेक्सा, दर्द हो रहा है”.',
    'help.pain': 'मैंने रोक दिया, क्योंकि कहीं दर्द हुआ. मैं दो तीन छोटे सवाल पूछूँगी, ताकि हम वही करें जो सुरक्षित हो.',
    'settings.slower': 'ठीक है, मैं धीरे चलूँगी, और हर राउंड के बीच ज़्यादा समय दूँगी.',
    'settings.longer': 'ठीक है, अब से होल्ड थोड़ा लंबा होगा.',
    'settings.keepShort': 'पहले दर्द हुआ था, इसलिए आज होल्ड छोटे ही रखते हैं.',
    'gentler.start': 'अब {{exercise}} का आसान तरीका आज़माते हैं.',
    'gentler.nothing': 'अभी कोई स्ट्रेच चल ही नहीं रहा, जिसे आसान किया जाए.',
    'pain.stop': 'ठीक है, रुकते हैं. धीरे धीरे इस स्थिति से बाहर आइए, और किसी आरामदायक जगह पर आराम कीजिए.',
    'pain.heard': 'मैं समझ गई. हमने रोक दिया है.',
    'pain.again':
      'आज यह दूसरी बार दर्द हुआ है, इसलिए यहीं रुकते हैं. आराम कीजिए, और ये स्ट्रेच दोबारा करने से पहले डॉक्टर या फ़िज़ियोथेरेपिस्ट से सलाह लीजिए.',
    'pain.redFlagQuestion':
      'पहले यह बताइए: क्या सीने में दर्द है, साँस लेने में तकलीफ़ है, कंधों के बीच अचानक चीरता हुआ दर्द है, कहीं सुन्नपन या कमज़ोरी है, या पेशाब पर काबू नहीं रहा? या बेहोशी सी लग रही है, पसीना आ रहा है, या जी मिचला रहा है?',
    'pain.redFlagReprompt': 'क्या इनमें से कुछ भी है? है, तो अभी $t(emergencyNumber) फ़ोन कीजिए. नहीं है, तो बोलिए, नहीं.',
    'pain.redFlagSimpler':
      'सीधे पूछती हूँ. दर्द के अलावा कोई और परेशानी है, जैसे सीने में दर्द, साँस की तकलीफ़, सुन्नपन, या बेहोशी सी? बोलिए, हाँ या ना.',
    'pain.redFlagAdvice':
      'कृपया व्यायाम बंद कीजिए, और अभी डॉक्टरी मदद लीजिए. अगर सीने में दर्द है, साँस लेने में तकलीफ़ है, पीठ में चीरता हुआ दर्द है, या अचानक पेशाब या शौच पर काबू नहीं रहा, तो तुरंत $t(emergencyNumber) फ़ोन कीजिए.',
    'pain.urgentQuestion':
      'और क्या यह दर्द गिरने या किसी हादसे के बाद शुरू हुआ? या बुखार है, रात को ऐसा दर्द होता है जो आराम से भी नहीं जाता, या बिना वजह वज़न घट रहा है?',
    'pain.urgentSimpler':
      'बस इतना बताइए: क्या यह दर्द गिरने से या किसी चोट से हुआ? या तबीयत ठीक नहीं लग रही? बोलिए, हाँ या ना.',
    'pain.urgentReprompt': 'क्या दर्द गिरने के बाद शुरू हुआ, या बुखार है? बोलिए, हाँ या ना.',
    'pain.urgentAdvice':
      'तो आज यहीं रुकते हैं. आज ही किसी डॉक्टर को अपनी पीठ दिखाइए, और जब तक डॉक्टर ठीक न कहें, तब तक स्ट्रेचिंग न कीजिए.',
    'pain.kindSimpler':
      'क्या दर्द तेज़ है, चुभने जैसा? या ज़ोर का खिंचाव, या हल्का हल्का दर्द? बोलिए, तेज़. या बोलिए, खिंचाव.',
    'pain.carefulStop':
      'पक्का पता नहीं चल पा रहा, इसलिए आज यहीं रुकते हैं. दोबारा स्ट्रेचिंग करने से पहले, डॉक्टर से अपनी पीठ की जाँच करवाइए.',
    'pain.emergencyIfSymptoms':
      'अगर सीने में दर्द हो, साँस लेने में तकलीफ़ हो, सुन्नपन या कमज़ोरी हो, या पेशाब या शौच पर काबू न रहे, तो तुरंत $t(emergencyNumber) फ़ोन कीजिए.',
    'pain.kindQuestion': 'क्या दर्द तेज़ है, चुभने वाला या करंट जैसा? या बस ज़ोर का खिंचाव, या हल्का हल्का दर्द?',
    'pain.mild':
      'बताने के लिए शुक्रिया. स्ट्रेच में हल्का खिंचाव लगना चाहिए, दर्द कभी नहीं, तो थोड़ा ढीला छोड़ते हैं. अब से मैं होल्ड छोटे रखूँगी.',
    'pain.sharp':
      'बताने के लिए शुक्रिया. आज यह स्ट्रेच छोड़ देते हैं, और इससे मिलती जुलती हरकत वाले सभी स्ट्रेच भी. अगर आराम के बाद भी दर्द ठीक न हो, या बार बार लौटे, तो डॉक्टर या फ़िज़ियोथेरेपिस्ट को दिखाइए.',
    'pain.mildChoices':
      'क्या {{exercise}} आसान तरीके से करें, अगले स्ट्रेच पर चलें, या आज के लिए यहीं रुकें? बोलिए, आसान, स्किप, या बंद करो.',
    'pain.mildChoicesNoRoutine':
      'क्या कुर्सी पर बैठकर, छोटे होल्ड वाला एक हल्का रूटीन करें? बोलिए, हाँ. या आज के लिए ख़त्म करने को बोलिए, बंद करो.',
    'pain.sharpChoices':
      'जब आप तैयार हों, तो क्या {{exercise}} पर चलें? बोलिए, अगला. या आज के लिए ख़त्म करने को बोलिए, बंद करो.',
    'pain.answerFirst': 'आगे बढ़ने से पहले, मुझे आपका जवाब चाहिए.',
    'pain.gentleRoutine':
      'ठीक है. हम आराम से करेंगे, कुर्सी पर बैठकर, छोटे होल्ड के साथ. कहीं भी दर्द हो, तो तुरंत बोलिए, “एलेक्सा, दर्द हो रहा है”.',
    'prompt.idle': 'क्या स्ट्रेचिंग शुरू करें? बोलिए, शुरू करो. या किसी स्ट्रेच का तरीका पूछिए.',
    'prompt.tryIt': 'क्या अभी {{exercise}} करके देखें? बोलिए, हाँ. या किसी और स्ट्रेच के बारे में पूछिए.',
    'prompt.ready':
      'क्या आप पोज़िशन में हैं? तैयार हों तो बोलिए, अगला.',
    'prompt.painReminder': 'कहीं भी दर्द हो, तो बोलिए, “एलेक्सा, दर्द हो रहा है”.',
    'prompt.begin': 'शुरू करें? बोलिए, अगला.',
    'prompt.gentlerToo': 'क्या आसान तरीका भी सुनना है? बोलिए, हाँ या ना.',
    'prompt.gentlerOrResume': 'क्या आसान तरीका सुनना है? बोलिए, हाँ. या आगे करने के लिए बोलिए, जारी रखो.',
    'reprompt.gentlerToo': 'क्या मैं आसान तरीका भी बताऊँ? बोलिए, हाँ या ना.',
    'prompt.nextSide':
      'क्या {{side}} तरफ़ के लिए तैयार हैं? बोलिए, अगला.',
    'prompt.continue': 'आगे के लिए तैयार हैं? बोलिए, अगला.',
    'prompt.finish': 'वह आख़िरी स्ट्रेच था. ख़त्म करें? बोलिए, हो गया.',
    'prompt.nextExercise':
      'अब बारी है {{exercise}} की, {{position}}. तैयार हैं? बोलिए, अगला.',
    'prompt.paused': 'क्या {{exercise}} जारी रखें? बोलिए, जारी रखो.',
    'reprompt.idle': 'स्ट्रेचिंग शुरू करें? बोलिए, शुरू करो. या बोलिए, बंद करो.',
    'reprompt.tryIt': 'क्या {{exercise}} करके देखें? बोलिए, हाँ या ना.',
    'reprompt.next': 'तैयार हैं? बोलिए, अगला. या ख़त्म करने के लिए बोलिए, बंद करो.',
    'reprompt.finish': 'ख़त्म करें? बोलिए, हो गया.',
    'reprompt.paused': 'आगे करें? बोलिए, जारी रखो. या बोलिए, बंद करो.',
    'reprompt.mildChoices': 'क्या करें: आसान, स्किप, या बंद करो?',
    'reprompt.sharpChoices': 'आगे चलें? बोलिए, अगला. या बोलिए, बंद करो.',
    'exercise.excluded':
      'आज के रूटीन में मैंने {{exercise}} को नहीं रखा है, क्योंकि पहले दो बार इसे दर्द की वजह से रोकना पड़ा था. करना हो, तो नाम लेकर माँगिए.',
    'memory.hurtLastTime': 'पिछली बार {{exercise}} में दर्द हुआ था, इसलिए आज इसका आसान तरीका करते हैं.',
    'memory.streak': 'लगातार {{days}} से आपकी स्ट्रेचिंग जारी है.',
    'memory.firstDay': 'कल फिर आइए, और रोज़ स्ट्रेचिंग का सिलसिला शुरू कीजिए.',
    'memory.resuming': 'जहाँ आपने छोड़ा था, वहीं से शुरू करते हैं.',
    'memory.nothingToResume': 'कोई अधूरा रूटीन बाकी नहीं है, तो शुरू से करते हैं.',
    'memory.daysInARow': 'आपने लगातार {{days}} स्ट्रेचिंग की है.',
    'memory.totals': 'इस हफ़्ते आपने {{sessions}} में कुल {{minutes}} स्ट्रेचिंग की है.',
    'memory.favourites': 'आपके सबसे ज़्यादा किए गए स्ट्रेच हैं: {{exercises}}.',
    'memory.noHistory': 'आपने अभी तक मेरे साथ कोई स्ट्रेचिंग नहीं की है. पहले सेशन के बाद मैं आपकी प्रगति बता पाऊँगी.',
    'memory.unavailable': 'माफ़ कीजिए, अभी मैं आपका रिकॉर्ड नहीं देख पा रही हूँ. थोड़ी देर बाद फिर पूछिए.',
    'memory.forgotten': 'हो गया. मैंने आपकी स्ट्रेचिंग का पूरा रिकॉर्ड मिटा दिया है.',
    'memory.kept': 'ठीक है, आपका रिकॉर्ड रहने दिया है.',
    'memory.forgetFailed': 'माफ़ कीजिए, अभी आपका रिकॉर्ड मिटा नहीं पाई. थोड़ी देर बाद फिर कोशिश कीजिए.',
    'prompt.resumeOffer':
      'पिछली बार {{exercise}} पर स्ट्रेचिंग रुकी थी. वहीं से शुरू करें? बोलिए, हाँ. या नए सिरे से शुरू करने के लिए बोलिए, ना.',
    'reprompt.resumeOffer': 'जहाँ छोड़ा था, वहीं से शुरू करें? बोलिए, हाँ या ना.',
    'prompt.confirmForget': 'क्या मैं आपकी स्ट्रेचिंग का रिकॉर्ड मिटा दूँ? बोलिए, हाँ या ना.',
    'reprompt.confirmForget': 'क्या आपका रिकॉर्ड मिटा दूँ? बोलिए, हाँ या ना.',
    'prompt.didSomethingHurt':
      'माफ़ कीजिए, मैं ठीक से सुन नहीं पाई, इसलिए मैंने रोक दिया है. क्या कहीं दर्द हुआ? तो बोलिए, “एलेक्सा, दर्द हो रहा है”. या आगे करने के लिए बोलिए, जारी रखो.',
    'reprompt.didSomethingHurt':
      'क्या कहीं दर्द हुआ? तो बोलिए, “एलेक्सा, दर्द हो रहा है”. या आगे करने के लिए बोलिए, जारी रखो.',
  },
});

/**
 * Hindi is offered in one Alexa locale, hi-IN, and the pack is already India's: 112 and 108 as the
 * emergency numbers, a doctor today for the urgent signs (no national same-day line was found), and
 * फ़िज़ियोथेरेपिस्ट, the word Indian Hindi uses for a physiotherapist. So it changes nothing.
 */
export const hiRegions = regions({
  'hi-IN': {},
});
