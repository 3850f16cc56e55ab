import { ar as exercises } from '../exercises/ar';
import { languagePack, regions } from '../language-pack';

/**
 * Arabic speech for Saudi Arabia: Modern Standard Arabic as Alexa's Arabic voice reads it, with the Gulf
 * words Saudis use with each other where they are the natural ones (ودك، الحين، عشان، يعطيك العافية).
 *
 * Gender: Arabic marks the listener's gender on verbs, adjectives and "you". Where a sentence can avoid
 * it, it does: "we" for what we do together (نكمل، نوقف), the past tense and "ك", which are written the
 * same for both (حسيت، سجلك), and "ودك" for "would you like". Where it cannot ("قل"، "جاهز"), it uses
 * the masculine, which Arabic uses for an unknown listener. The user speaks to Alexa in the feminine
 * (ابدئي، كملي، وقفي), as Amazon's own Arabic examples do, so the words the prompts teach are feminine.
 *
 * Prompts teach words the ar-SA model knows: التالي (next), كملي (resume), عيدي (repeat), تخطي (skip),
 * انتظري (pause), أبطأ (slower), أسهل or أخف (gentler), وقفي (stop), خلصت (done), يوجعني (it hurts),
 * يلا نبدأ (start), نعم and لا. "It hurts" is taught with the wake word, «أليكسا، يوجعني», because the
 * user says it while Alexa is talking; the prompts say it first and end with their question.
 */

/**
 * Arabic numbers 3 to 10 take the opposite gender of the noun they count, and 11 to 19 follow suit, so
 * each number has two forms. Counting aloud and masculine nouns (يوم، تمرين) take the long one (ثلاثة،
 * ثلاثة عشر); feminine nouns (ثانية، دقيقة، جلسة) take the short one (ثلاث ثوان، خمس عشرة دقيقة). Tens
 * take the ين ending of speech and of most sentences here (حوالي عشرين دقيقة), and so do 2 and 12.
 */
interface Forms {
  readonly units: readonly string[];
  readonly teens: readonly string[];
}
const MASCULINE: Forms = {
  units: ['', 'واحد', 'اثنين', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة'],
  teens: ['عشرة', 'أحد عشر', 'اثني عشر', 'ثلاثة عشر', 'أربعة عشر', 'خمسة عشر', 'ستة عشر', 'سبعة عشر', 'ثمانية عشر', 'تسعة عشر'],
};
const FEMININE: Forms = {
  units: ['', 'واحدة', 'اثنتين', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع'],
  teens: ['عشر', 'إحدى عشرة', 'اثنتي عشرة', 'ثلاث عشرة', 'أربع عشرة', 'خمس عشرة', 'ست عشرة', 'سبع عشرة', 'ثماني عشرة', 'تسع عشرة'],
};
const TENS = ['', '', 'عشرين', 'ثلاثين', 'أربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين'] as const;

/** "ثلاثة وعشرين": Arabic says the unit first, joined to the tens by و. */
function belowHundred(n: number, forms: Forms): string {
  if (n === 0) return 'صفر';
  if (n < 10) return forms.units[n] ?? '';
  if (n < 20) return forms.teens[n - 10] ?? '';
  const unit = n % 10;
  const tens = TENS[Math.floor(n / 10)] ?? '';
  return unit === 0 ? tens : `${forms.units[unit] ?? ''} و${tens}`;
}

/** Up to three minutes: the passive backbend held longer is said in seconds ("مئة وخمسين ثانية"). */
function arabicNumber(n: number, forms: Forms): string {
  if (n < 100) return belowHundred(n, forms);
  const rest = n % 100;
  return rest === 0 ? 'مئة' : `مئة و${belowHundred(rest, forms)}`;
}

export const ar = languagePack({
  // Arabic is written without its short vowels, so a letter stands for more sound than an English one:
  // these texts have about 0.45 syllables a character against 0.25 in English, and 1.3 times as many
  // syllables as the English ones for the same steps. Arabic syllables are short and said faster
  // (speakers measured at 5.5 a second against 3.5 for American English, Wilson and Netsell 2009; a
  // synthetic voice differs less), so the same steps take about as long as in English, at ten and a
  // half characters a second. espeak-ng says 9, but it reads unvowelled Arabic slowly; the estimate
  // errs to the slow side of the likely 9.5 to 12, so a count word is never given less time than it takes.
  charactersPerSecond: 10.5,
  exercises,
  screen: {
    title: 'تمارين الظهر',
    hurts: 'يوجعني',
    pause: 'إيقاف مؤقت',
    resume: 'متابعة',
    next: 'التالي',
    progress: 'التمرين {{n}} من {{total}}',
  },
  routines: {
    default: 'تمارينك المعتادة',
    chair: 'تمارين الكرسي',
    floor: 'تمارين الأرض',
    full: 'البرنامج الكامل',
  },
  numbers: Array.from({ length: 181 }, (_, n) => arabicNumber(n, MASCULINE)),
  // Seconds, minutes and sessions are feminine; days and stretches (تمرين) take the counting forms.
  countWord: (n, noun) => (noun === 'days' || noun === 'stretches' ? undefined : arabicNumber(n, FEMININE)),
  speech: {
    // A coach's call, short so that the count's first number still comes on its second.
    'hold.start': 'ثبات.',
    'hold.keepHolding': 'نكمل الثبات.',
    'hold.long': 'نثبت ونسترخي لمدة {{duration}}.',
    'hold.left': 'باقي {{duration}}.',
    // Arabic has six plural forms: zero, one, two, a few (three to ten, which take a plural noun), many
    // (eleven to ninety-nine, which take a singular one) and the rest (a hundred). One and two are said
    // by the noun alone, as Arabic does, and zero with the plural, as in "صفر أهداف".
    'duration.seconds_zero': 'صفر ثوان',
    'duration.seconds_one': 'ثانية واحدة',
    'duration.seconds_two': 'ثانيتين',
    'duration.seconds_few': '{{n}} ثوان',
    'duration.seconds_many': '{{n}} ثانية',
    'duration.seconds_other': '{{n}} ثانية',
    'duration.minutes_zero': 'صفر دقائق',
    'duration.minutes_one': 'دقيقة واحدة',
    'duration.minutes_two': 'دقيقتين',
    'duration.minutes_few': '{{n}} دقائق',
    'duration.minutes_many': '{{n}} دقيقة',
    'duration.minutes_other': '{{n}} دقيقة',
    'duration.days_zero': 'صفر أيام',
    'duration.days_one': 'يوم واحد',
    'duration.days_two': 'يومين',
    'duration.days_few': '{{n}} أيام',
    'duration.days_many': '{{n}} يومًا',
    'duration.days_other': '{{n}} يوم',
    sessions_zero: 'صفر جلسات',
    sessions_one: 'جلسة واحدة',
    sessions_two: 'جلستين',
    sessions_few: '{{n}} جلسات',
    sessions_many: '{{n}} جلسة',
    sessions_other: '{{n}} جلسة',
    stretches_zero: 'صفر تمارين',
    stretches_one: 'تمرين واحد',
    stretches_two: 'تمرينين',
    stretches_few: '{{n}} تمارين',
    stretches_many: '{{n}} تمرينًا',
    stretches_other: '{{n}} تمرين',
    'side.generic': 'الحين الجهة {{side}}.',
    'sideName.right': 'اليمنى',
    'sideName.left': 'اليسرى',
    'explain.intro': 'هذي طريقة {{exercise}}. {{needs}}',
    'explain.caution': 'ملاحظة مهمة. {{caution}}',
    'explain.gentler': 'وللنسخة الأخف:',
    // The Saudi Red Crescent's ambulance, 997, and the unified emergency number, 911, in the regions
    // where it runs (docs/pain-safety.md, section 4), both said digit by digit as Saudis give them. The
    // sentences read "اتصل فورًا على $t(emergencyNumber)".
    emergencyNumber: 'تسعة تسعة سبعة للإسعاف، أو تسعة واحد واحد للطوارئ',
  },
  messages: {
    welcome: 'أهلًا بك في تمارين الظهر.',
    disclaimer:
      'تنبيه سريع: هذه التمارين ليست نصيحة طبية. في حال الحمل أو وجود إصابة حديثة، استشر طبيبك أولًا، ونوقف فورًا عند أي ألم.',
    goodbye: 'انتبه على ظهرك. في أمان الله.',
    fallback: 'عذرًا، ما فهمت قصدك.',
    'error.apology': 'عذرًا، صار خطأ من جهتي.',
    'routine.start':
      'خلنا نبدأ {{routine}}: {{stretches}}، حوالي {{minutes}}. وإذا حسيت بألم في أي وقت، قل: «أليكسا، يوجعني»، وأوقف على طول.',
    'routine.done': 'وكذا خلصنا التمارين. أنجزت {{stretches}}. يعطيك العافية.',
    'routine.overview': 'البرنامج المعتاد فيه {{stretches}}، ويأخذ حوالي {{minutes}}.',
    'routine.remaining': 'باقي {{stretches}}، حوالي {{minutes}}.',
    'routine.noneLeft': 'هذا كان آخر تمرين. ما باقي شيء.',
    'exercise.start': 'يلا نبدأ: {{exercise}}.',
    'exercise.leftOut': 'اليوم بنترك {{exercise}}، لأن حركة مشابهة سببت لك ألمًا قبل.',
    'exercise.list': 'أقدر أمشي معك في هذه التمارين: {{exercises}}.',
    'exercise.unknown': 'ما أعرف هذا التمرين. أقدر أمشي معك في تمارين مثل {{exercises}}.',
    'exercise.unknownExplain': 'ما أعرف هذا التمرين. أقدر أشرح لك تمارين مثل {{exercises}}.',
    'exercise.avoided': 'حركة مشابهة سببت لك ألمًا قبل، فخلنا نترك {{exercise}} اليوم.',
    'rep.number': 'التكرار {{n}} من {{total}}.',
    'rep.release': 'ونرجع بهدوء.',
    'stop.summary': 'أنجزت اليوم {{stretches}}. أحسنت.',
    'advice.lasting':
      'إذا استمر ألم الظهر أكثر من بضعة أسابيع، أو زاد، أو صار يصحيك من النوم، أو جاءت معه حرارة أو نزول في الوزن، فالرجاء مراجعة الطبيب.',
    'nav.stayPaused': 'تمام، نبقى متوقفين.',
    'nav.takeYourTime': 'تمام، على راحتك.',
    'nav.nothingToSkip': 'ما بدأنا أي تمرين، فما فيه شيء نتخطاه.',
    'nav.nothingToPause': 'ما فيه شيء شغال الحين، فما فيه شيء نوقفه.',
    'nav.paused': 'وقفنا. على راحتك. لما تكون جاهز، قل: كملي. وإذا رجعت بعدين، قل: «أليكسا، كملي في تمارين الظهر».',
    'nav.fromTheTop': 'نبدأ من جديد، من البداية.',
    'nav.resuming': 'يلا نكمل.',
    'nav.pickingUp': 'نكمل {{exercise}} من حيث وقفنا.',
    'nav.nothingYet': 'ما بدأنا أي تمرين للحين.',
    'nav.firstAlready': 'هذا أول تمرين، فخلنا نبدأه من جديد.',
    'help.idle':
      'أنا أمشي معك في تمارين إطالة لطيفة لأعلى الظهر ووسطه، وأعد لك وقت الثبات. قل: يلا نبدأ، للبرنامج المعتاد، أو اطلب تمارين الكرسي أو تمارين الأرض. وتقدر تسألني عن طريقة أي تمرين، مثل وضعية الكوبرا.',
    'help.exercising':
      'أنا أعد معك خلال التمارين. تقدر تقول: التالي، أو عيدي، أو تخطي، أو انتظري، أو أبطأ، أو أسهل. وإذا حسيت بأي ألم، قل: «أليكسا، يوجعني»، حتى وأنا أتكلم، وأوقف على طول.',
    'help.paused':
      'التمارين متوقفة الحين. قل: كملي، عشان نكمل، أو تخطي، للتمرين اللي بعده، أو وقفي، عشان ننهي. وإذا حسيت بألم، قل: «أليكسا، يوجعني».',
    'help.pain': 'وقفت لأنك حسيت بألم. بسألك سؤالين سريعين، عشان ما نسوي إلا الشيء الآمن.',
    'settings.slower': 'تمام، بمشي أبطأ، وبعطيك وقتًا أطول بين التكرارات.',
    'settings.longer': 'تمام، من الحين الثبات بيكون أطول.',
    'settings.keepShort': 'بما إنك حسيت بألم قبل، خلنا نخلي الثبات قصيرًا اليوم.',
    'gentler.start': 'خلنا نجرب نسخة أخف من {{exercise}}.',
    'gentler.nothing': 'ما فيه تمرين شغال الحين عشان أخففه.',
    'pain.stop': 'تمام، نوقف هنا. نطلع من الوضعية بهدوء، ونرتاح في مكان مريح.',
    'pain.heard': 'سمعتك. وقفنا.',
    'pain.again':
      'هذه ثاني مرة يصير فيها ألم اليوم، فخلنا نوقف هنا. الرجاء الراحة، واستشارة طبيب أو أخصائي علاج طبيعي قبل تجربة هذه التمارين مرة ثانية.',
    'pain.redFlagQuestion':
      'أول شيء: هل عندك ألم في الصدر، أو صعوبة في التنفس، أو ألم مفاجئ كأنه تمزق بين الكتفين، أو خدر أو ضعف، أو صعوبة في التحكم بالبول؟ أو فيك دوخة أو تعرق أو غثيان؟',
    'pain.redFlagReprompt': 'عندك أي شيء من هذي؟ إذا عندك، اتصل الحين على $t(emergencyNumber). وإذا ما عندك، قل: لا.',
    'pain.redFlagSimpler':
      'بسألك بشكل أبسط. غير الألم، فيه شيء ثاني، مثل ألم في الصدر، أو صعوبة في التنفس، أو خدر، أو دوخة؟ قل: نعم، أو لا.',
    'pain.redFlagAdvice':
      'الرجاء التوقف عن التمرين، وطلب المساعدة الطبية الآن. إذا عندك ألم في الصدر، أو صعوبة في التنفس، أو ألم في الظهر كأنه تمزق، أو فقدت التحكم بالبول أو البراز فجأة، اتصل فورًا على $t(emergencyNumber).',
    'pain.urgentQuestion':
      'وهل بدأ الألم بعد طيحة أو حادث؟ أو عندك حرارة، أو ألم في الليل ما يخف مع الراحة، أو نزل وزنك بدون سبب؟',
    'pain.urgentSimpler': 'بس للتأكد: طحت أو تأذيت؟ أو فيك تعب أو حرارة؟ قل: نعم، أو لا.',
    'pain.urgentReprompt': 'بدأ الألم بعد طيحة، أو عندك حرارة؟ قل: نعم، أو لا.',
    'pain.urgentAdvice':
      'إذن نوقف لليوم. الرجاء مراجعة طبيب اليوم بخصوص ظهرك، أو الاتصال على رقم وزارة الصحة تسعة ثلاثة سبعة، وعدم الرجوع للتمارين إلا بعد موافقة الطبيب.',
    'pain.kindSimpler': 'الألم حاد، مثل الطعنة؟ ولا أقرب لشد قوي، أو وجع خفيف؟ قل: حاد، أو قل: شد.',
    'pain.carefulStop': 'بما إننا ما نقدر نتأكد، خلنا نوقف لليوم. الرجاء فحص ظهرك عند طبيب قبل الرجوع للتمارين.',
    'pain.emergencyIfSymptoms':
      'وإذا صار عندك ألم في الصدر، أو صعوبة في التنفس، أو خدر أو ضعف، أو فقدت التحكم بالبول أو البراز، اتصل فورًا على $t(emergencyNumber).',
    'pain.kindQuestion': 'هل الألم حاد، مثل طعنة أو نغزة أو كهرباء؟ ولا أقرب لشد قوي أو وجع خفيف؟',
    'pain.mild':
      'شكرًا. الإطالة يجب أن تكون شدًا لطيفًا، لا ألمًا، فخلنا نخفف. ومن الحين بخلي الثبات أقصر.',
    'pain.sharp':
      'شكرًا إنك قلت لي. اليوم نتخطى هذا التمرين، وأي تمرين فيه حركة مشابهة. وإذا ما هدأ الألم بعد الراحة، أو صار يرجع، فالأفضل مراجعة طبيب أو أخصائي علاج طبيعي.',
    'pain.mildChoices':
      'ودك نجرب نسخة أخف من {{exercise}}، ولا نتخطى للتمرين اللي بعده، ولا نوقف لليوم؟ قل: أخف، أو تخطي، أو وقفي.',
    'pain.mildChoicesNoRoutine': 'ودك ببرنامج خفيف على الكرسي، وثبات أقصر؟ قل: نعم، أو قل: وقفي، عشان ننهي لليوم.',
    'pain.sharpChoices': 'لما تكون جاهز، ننتقل إلى {{exercise}}؟ قل: التالي، أو قل: وقفي، عشان ننهي لليوم.',
    'pain.answerFirst': 'قبل ما نكمل، أحتاج إجابتك.',
    'pain.gentleRoutine':
      'تمام. بنمشي بهدوء، على الكرسي، وبثبات أقصر. وإذا حسيت بأي ألم، قل على طول: «أليكسا، يوجعني».',
    'prompt.idle': 'ودك نبدأ التمارين؟ قل: يلا نبدأ، أو اسألني عن طريقة أي تمرين.',
    'prompt.tryIt': 'ودك تجرب {{exercise}} الحين؟ قل: نعم، أو اسأل عن تمرين ثاني.',
    'prompt.ready': 'أخذت الوضعية؟ لما تكون جاهز قل: التالي.',
    'prompt.painReminder': 'إذا حسيت بألم، قل: «أليكسا، يوجعني».',
    'prompt.begin': 'نبدأ؟ قل: التالي.',
    'prompt.gentlerToo': 'ودك تسمع النسخة الأخف بعد؟ قل: نعم، أو لا.',
    'prompt.gentlerOrResume': 'ودك تسمع النسخة الأخف؟ قل: نعم، أو قل: كملي، عشان نكمل.',
    'reprompt.gentlerToo': 'أقول لك النسخة الأخف؟ قل: نعم، أو لا.',
    'prompt.nextSide': 'جاهز للجهة {{side}}؟ قل: التالي.',
    'prompt.continue': 'نكمل؟ قل: التالي.',
    'prompt.finish': 'هذا كان آخر تمرين. ننهي؟ قل: خلصت.',
    'prompt.nextExercise':
      'التمرين اللي بعده: {{exercise}}، {{position}}. جاهز؟ قل: التالي.',
    'prompt.paused': 'نكمل {{exercise}}؟ قل: كملي.',
    'reprompt.idle': 'نبدأ التمارين؟ قل: يلا نبدأ، أو قل: وقفي.',
    'reprompt.tryIt': 'ودك تجرب {{exercise}}؟ قل: نعم، أو لا.',
    'reprompt.next': 'جاهز؟ قل: التالي، أو قل: وقفي، عشان ننهي.',
    'reprompt.finish': 'ننهي؟ قل: خلصت.',
    'reprompt.paused': 'نكمل؟ قل: كملي، أو قل: وقفي.',
    'reprompt.mildChoices': 'وش ودك: أخف، ولا تخطي، ولا وقفي؟',
    'reprompt.sharpChoices': 'نكمل؟ قل: التالي، أو قل: وقفي.',
    'exercise.excluded':
      'تركت {{exercise}}، لأن الألم أوقفنا مرتين قبل في هذا التمرين. وإذا ودك تجربه، اطلبه بالاسم.',
    'memory.hurtLastTime': 'آخر مرة حسيت بألم في {{exercise}}، فخلنا نسوي النسخة الأخف.',
    'memory.streak': 'وكذا صار لك {{days}} على التوالي.',
    'memory.firstDay': 'نشوفك بكرة، عشان نبدأ سلسلة أيام متتالية.',
    'memory.resuming': 'نكمل من حيث وقفت.',
    'memory.nothingToResume': 'ما فيه برنامج ناقص نكمله، فخلنا نبدأ من البداية.',
    'memory.daysInARow': 'تمرنت {{days}} على التوالي.',
    'memory.totals': 'أنجزت هذا الأسبوع {{sessions}}، ومجموع الإطالة {{minutes}}.',
    'memory.favourites': 'أكثر تمارينك تكرارًا: {{exercises}}.',
    'memory.noHistory': 'للحين ما سوينا أي تمارين مع بعض. تقدمك بيظهر هنا بعد أول جلسة.',
    'memory.unavailable': 'عذرًا، ما أقدر أوصل لسجلك الحين. الرجاء المحاولة بعد شوي.',
    'memory.forgotten': 'تم. حذفت سجل تمارينك.',
    'memory.kept': 'تمام، سجلك باقي مثل ما هو.',
    'memory.forgetFailed': 'عذرًا، ما قدرت أحذف سجلك الحين. الرجاء المحاولة لاحقًا.',
    'prompt.resumeOffer': 'آخر مرة وقفت عند {{exercise}}. نكمل من هناك؟ قل: نعم، أو قل: لا، عشان نبدأ من جديد.',
    'reprompt.resumeOffer': 'نكمل من حيث وقفت؟ قل: نعم، أو لا.',
    'prompt.confirmForget': 'ودك أحذف سجل تمارينك؟ قل: نعم، أو لا.',
    'reprompt.confirmForget': 'أحذف سجلك؟ قل: نعم، أو لا.',
    'prompt.didSomethingHurt': 'عذرًا، ما سمعتك زين، فوقفت. حسيت بألم؟ قل: «أليكسا، يوجعني»، أو قل: كملي، عشان نكمل.',
    'reprompt.didSomethingHurt': 'حسيت بألم؟ قل: «أليكسا، يوجعني»، أو قل: كملي، عشان نكمل.',
  },
});

/**
 * Alexa offers custom skills in Arabic for Saudi Arabia only (ar-SA), so the pack above is already
 * Saudi: the Red Crescent's 997 and the unified 911, the Ministry of Health's 937 for the urgent signs,
 * and "أخصائي علاج طبيعي" are what Saudis call and say.
 */
export const arRegions = regions({
  'ar-SA': {},
});
