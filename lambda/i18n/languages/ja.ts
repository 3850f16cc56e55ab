import { ja as exercises } from '../exercises/ja';
import { languagePack, regions } from '../language-pack';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/**
 * Numbers as kanji numerals (一, 二十五, 百二十). Japanese changes the reading of a number before a
 * counter (一分 is いっぷん, 六回 is ろっかい, 三日 is みっか), and Alexa's Japanese voice gets those
 * readings right only when it sees the numeral next to the counter: number words in kana (いち分)
 * would be read wrong. On their own, as in the count of a hold, the voice reads them as people
 * count (いち, に, さん, よん, ご...).
 */
function kanjiNumber(n: number): string {
  if (n === 0) return 'ゼロ';
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  // 百 and 十 take no 一 in front (百十, not 一百一十).
  const part = (digit: number, unit: string) => (digit === 0 ? '' : `${digit === 1 ? '' : DIGITS[digit]}${unit}`);
  return `${part(hundreds, '百')}${part(tens, '十')}${DIGITS[ones]}`;
}

export const ja = languagePack({
  // Alexa's Japanese voice says about seven characters of mixed kanji and kana a second (a kanji is
  // often two or three sounds), against fourteen and a half letters in English.
  charactersPerSecond: 7,
  exercises,
  screen: {
    title: '背中ストレッチ',
    hurts: '痛い',
    pause: '一時停止',
    resume: '再開',
    next: '次へ',
    progress: 'ストレッチ {{n}} / {{total}}',
  },
  routines: {
    default: 'いつものストレッチ',
    chair: '椅子でできるストレッチ',
    floor: '床でするストレッチ',
    full: 'フルコースのストレッチ',
  },
  // Up to three minutes: the longest hold, the passive backbend held longer, is said in seconds ("九十秒").
  numbers: Array.from({ length: 181 }, (_, n) => kanjiNumber(n)),
  speech: {
    // Short, as coaches say it, so that the count's first number (二) still comes on its second.
    'hold.start': 'キープ。',
    'hold.keepHolding': 'そのままキープ。',
    'hold.long': '{{duration}}、力を抜いて、そのまま楽にしていましょう。',
    'hold.left': 'あと{{duration}}です。',
    // Japanese has one plural form. 分間 rather than 分, because 十分 alone also reads じゅうぶん ("enough").
    'duration.seconds_other': '{{n}}秒',
    'duration.minutes_other': '{{n}}分間',
    'duration.days_other': '{{n}}日',
    sessions_other: '{{n}}回',
    stretches_other: '{{n}}種目',
    'side.generic': '次は{{side}}側です。',
    'sideName.right': '右',
    'sideName.left': '左',
    'explain.intro': '{{exercise}}のやり方をご説明します。{{needs}}',
    'explain.caution': '注意点です。{{caution}}',
    'explain.gentler': '楽なやり方です。',
    // 119 as people say it when they tell someone to call: いちいちきゅう, digit by digit. Written in kana,
    // because the voice reads 119 or 一一九 as a number (ひゃくじゅうきゅう).
    emergencyNumber: 'いちいちきゅう番',
  },
  // Commands the user can say are set off by commas (次、と言ってください) rather than quotation marks,
  // which the voice does not pause for. The one exception is the wake word and its phrase,
  // 「アレクサ、痛い」と言ってください: said while Alexa is talking, it has to be said whole, so it is quoted
  // as one utterance. Questions to answer with yes or no ask "ありますか？", never "ありませんか？": a はい
  // to a negative question would mean "no, there is not".
  messages: {
    welcome: '背中ストレッチへようこそ。',
    disclaimer:
      'はじめにお伝えします。これは医療アドバイスではありません。妊娠中のかたや、最近けがをしたかたは、先に医師に相談してください。痛みを感じたら、すぐに中止してください。',
    goodbye: '背中をいたわってくださいね。それでは、また。',
    fallback: 'すみません、よく聞き取れませんでした。',
    'error.apology': 'すみません、こちらで問題が起きました。',
    'routine.start':
      '{{routine}}を始めましょう。ストレッチは{{stretches}}、およそ{{minutes}}です。途中でどこかが痛くなったら、いつでも「アレクサ、痛い」と言ってください。すぐに止めます。',
    'routine.done': 'これでストレッチはおしまいです。{{stretches}}、やりきりました。よくがんばりましたね。',
    'routine.overview': 'いつものストレッチは{{stretches}}で、およそ{{minutes}}かかります。',
    'routine.remaining': '残りは{{stretches}}、およそ{{minutes}}です。',
    'routine.noneLeft': '今のが最後でした。残りのストレッチはありません。',
    'exercise.start': 'では、{{exercise}}です。',
    'exercise.leftOut': '今日は{{exercise}}をお休みします。さきほど、似た動きで痛みがあったためです。',
    'exercise.list': 'ご案内できるストレッチは、{{exercises}}です。',
    'exercise.unknown': 'そのストレッチはわかりません。{{exercises}}などをご案内できます。',
    'exercise.unknownExplain': 'そのストレッチはわかりません。{{exercises}}などのやり方を説明できます。',
    'exercise.avoided': 'さきほど似た動きで痛みがあったので、今日は{{exercise}}はやめておきましょう。',
    'rep.number': '{{total}}回のうち、{{n}}回目。',
    'rep.release': 'はい、ゆっくりゆるめます。',
    'stop.summary': '今日は{{stretches}}のストレッチができました。おつかれさまでした。',
    'advice.lasting':
      '背中の痛みが数週間以上続くとき、悪くなっていくとき、夜中に痛みで目が覚めるとき、熱や、理由のない体重の減少をともなうときは、医師の診察を受けてください。',
    'nav.stayPaused': 'わかりました。このまま一時停止しておきます。',
    'nav.takeYourTime': 'わかりました。ゆっくりで大丈夫ですよ。',
    'nav.nothingToSkip': 'まだストレッチを始めていないので、スキップするものはありません。',
    'nav.nothingToPause': '今は何も進めていないので、一時停止するものはありません。',
    'nav.paused':
      '一時停止しました。ゆっくりどうぞ。準備ができたら、再開、と言ってください。時間がたってから続けるときは、「アレクサ、背中ストレッチで再開して」と言ってください。',
    'nav.fromTheTop': '最初からやり直します。',
    'nav.resuming': 'では、続けましょう。',
    'nav.pickingUp': '{{exercise}}の、止めたところから続けます。',
    'nav.nothingYet': 'まだストレッチを始めていません。',
    'nav.firstAlready': 'これが最初のストレッチなので、もう一度はじめからやりましょう。',
    'help.idle':
      '背中の上のほうと真ん中あたりをほぐす、やさしいストレッチをご案内します。キープの秒数も数えます。いつものストレッチなら、始めて、と言ってください。椅子のストレッチや、床のストレッチも選べます。コブラのポーズのやり方を教えて、のように、やり方を聞くこともできます。',
    'help.exercising':
      '秒数を数えながら、ストレッチを進めています。先へ進むときは、次、と言ってください。もう一度、スキップ、ちょっと待って、ゆっくり、もっと楽に、とも言えます。どこかが痛いときは、わたしが話している途中でも、「アレクサ、痛い」と言ってください。すぐに止めます。',
    'help.paused':
      '一時停止中です。続けるときは、再開、と言ってください。次のストレッチへ進むなら、スキップ、終わるなら、ストップ、と言ってください。どこかが痛いときは、「アレクサ、痛い」と言ってください。',
    'help.pain': '痛みがあったので、いったん止めました。安全なことだけを行うために、いくつか簡単な質問をします。',
    'settings.slower': 'わかりました。ペースを落として、一回ごとの間に時間をとります。',
    'settings.longer': 'わかりました。ここからは、キープを長めにします。',
    'settings.keepShort': 'さきほど痛みがあったので、今日はキープを短めにしておきましょう。',
    'gentler.start': '{{exercise}}の、楽なやり方をやってみましょう。',
    'gentler.nothing': '今は進めているストレッチがないので、楽なやり方に変えるものがありません。',
    'pain.stop': 'わかりました、止めましょう。ゆっくり姿勢をもどして、楽な姿勢で休んでください。',
    'pain.heard': 'わかりました。止めましたよ。',
    'pain.again':
      '今日、痛みが出たのは二回目なので、ここでやめておきましょう。ゆっくり休んでください。次にこのストレッチをする前に、医師か理学療法士に相談してください。',
    'pain.redFlagQuestion':
      'まず確認です。胸の痛み、息苦しさ、肩甲骨のあいだの急に裂けるような痛み、手足のしびれや力の入りにくさ、おしっこが出にくい、もれる、といったことはありますか？ 気が遠くなる感じや、冷や汗、吐き気はありますか？',
    'pain.redFlagAdvice':
      '運動はここでやめて、今すぐ医療機関で診てもらってください。胸の痛み、息苦しさ、背中の裂けるような痛み、急におしっこや便がもれる、または出ない、といった症状があるときは、すぐに$t(emergencyNumber)に電話して、救急車を呼んでください。',
    'pain.redFlagReprompt':
      'どれかありますか？ひとつでもあれば、今すぐ$t(emergencyNumber)に電話してください。なければ、いいえ、と言ってください。',
    'pain.redFlagSimpler':
      '簡単にお聞きしますね。痛みのほかに、胸の痛み、息苦しさ、しびれ、気が遠くなる感じなど、何かおかしなところはありますか？ はいか、いいえで答えてください。',
    'pain.urgentQuestion':
      'では、もうひとつ。この痛みは、転んだり、事故にあったりしたあとからですか？ または、熱がある、夜に痛んで休んでもおさまらない、思い当たる理由もなく体重が減った、ということはありますか？',
    'pain.urgentSimpler':
      '念のため、もう一度お聞きします。最近、転んだり、けがをしたり、体調をくずしたりしましたか？ はいか、いいえで答えてください。',
    'pain.urgentReprompt':
      '転んだあとから痛みますか？熱はありますか？どちらかがあれば、今日はストレッチをやめて、今日中に医師の診察を受けてください。どちらもなければ、いいえ、と言ってください。',
    'pain.urgentAdvice':
      'では、今日はここでやめておきましょう。背中の痛みについて、今日中に医師の診察を受けてください。医師からよいと言われるまで、ストレッチはお休みしてください。',
    'pain.carefulStop':
      '念のため、今日はここでやめておきましょう。次にストレッチをする前に、背中を医師に診てもらってください。',
    'pain.emergencyIfSymptoms':
      'もし、胸の痛み、息苦しさ、しびれや力が入らない感じが出てきたり、おしっこや便がもれたりしたら、すぐに$t(emergencyNumber)に電話してください。',
    'pain.kindQuestion':
      'ズキッとする鋭い痛みや、刺すような痛み、電気が走るような痛みですか？ それとも、強く伸びている感じや、重く鈍い痛みに近いですか？',
    'pain.kindSimpler':
      '刺すような、鋭い痛みですか？ それとも、強く伸びている感じや、鈍い痛みですか？ 鋭い、か、鈍い、と言ってください。',
    'pain.mild':
      'ありがとうございます。ストレッチは、気持ちよく伸びるくらいが目安で、痛みがあってはいけません。少しゆるめましょう。ここからは、キープを短めにします。',
    'pain.sharp':
      '教えてくれてありがとうございます。このストレッチは、今日はやめておきましょう。似た動きのストレッチもお休みします。休んでも痛みがおさまらないときや、何度もくり返すときは、医師か理学療法士に相談してください。',
    'pain.mildChoices':
      '{{exercise}}を楽なやり方で試しますか？ 次のストレッチへ進みますか？ それとも、今日はここで終わりにしますか？ 楽なやり方、スキップ、ストップ、のどれかで答えてください。',
    'pain.mildChoicesNoRoutine':
      '椅子に座ったままできる、キープを短めにしたやさしいストレッチをしますか？ するなら、はい、今日は終わりにするなら、ストップ、と言ってください。',
    'pain.sharpChoices':
      '準備ができたら、{{exercise}}に進みましょうか？ 進むなら、次、終わりにするなら、ストップ、と言ってください。',
    'pain.answerFirst': '先に進む前に、お返事をお願いします。',
    'pain.gentleRoutine':
      'わかりました。椅子に座ったまま、キープを短めにして、やさしく進めます。どこかが痛んだら、すぐに「アレクサ、痛い」と言ってください。',
    'prompt.idle': 'ストレッチを始めますか？ 始める、と言うか、ストレッチのやり方を聞いてください。',
    'prompt.tryIt': '今から{{exercise}}をやってみますか？ はい、と言うか、ほかのストレッチについて聞いてください。',
    'prompt.ready':
      '姿勢はととのいましたか？ 準備ができたら、次、と言ってください。',
    'prompt.painReminder': '痛みがあれば、「アレクサ、痛い」と言ってください。',
    'prompt.begin': '始める準備はいいですか？ 次、と言ってください。',
    'prompt.gentlerToo': '楽なやり方も聞きますか？ はいか、いいえで答えてください。',
    'prompt.gentlerOrResume': '楽なやり方を聞きますか？ 聞くなら、はい、続けるなら、再開、と言ってください。',
    'reprompt.gentlerToo': '楽なやり方もお伝えしましょうか？ はいか、いいえで答えてください。',
    'prompt.nextSide':
      '{{side}}側の準備はいいですか？ 次、と言ってください。',
    'prompt.continue':
      '続ける準備はいいですか？ 次、と言ってください。',
    'prompt.finish': 'これが最後のストレッチでした。終わったら、できた、と言ってください。',
    'prompt.nextExercise':
      '次は{{exercise}}です。{{position}}で行います。準備はいいですか？ 次、と言ってください。',
    'prompt.paused': '{{exercise}}を続けますか？ 再開、と言ってください。',
    'reprompt.idle': 'ストレッチを始めましょうか？ 始める、か、ストップ、と言ってください。',
    'reprompt.tryIt': '{{exercise}}をやってみますか？ はいか、いいえで答えてください。',
    'reprompt.next': '準備はいいですか？ 次、と言ってください。終わるなら、ストップ、と言ってください。',
    'reprompt.finish': '終わりましたか？ できた、と言ってください。',
    'reprompt.paused': '続けますか？ 再開、か、ストップ、と言ってください。',
    'reprompt.mildChoices': '楽なやり方、スキップ、ストップ。どれにしますか？',
    'reprompt.sharpChoices': '先に進みますか？ 次、か、ストップ、と言ってください。',
    'exercise.excluded':
      '{{exercise}}は、これまでに二回、痛みで中止したので、外しておきました。やってみたいときは、名前を言って頼んでください。',
    'memory.hurtLastTime': '前回は{{exercise}}で痛みがあったので、楽なやり方にしましょう。',
    'memory.streak': '{{days}}連続ですね。',
    'memory.firstDay': '明日もやると、連続記録が始まります。',
    'memory.resuming': '前回止めたところから始めます。',
    'memory.nothingToResume': '途中で止めたストレッチはないので、最初から始めましょう。',
    'memory.daysInARow': '{{days}}連続でストレッチしています。',
    'memory.totals': '今週は{{sessions}}、合計{{minutes}}ストレッチしました。',
    'memory.favourites': 'よくやっているストレッチは、{{exercises}}です。',
    'memory.noHistory': 'まだ一緒にストレッチをしていません。一回目が終わると、ここで記録を確認できます。',
    'memory.unavailable': 'すみません、今は記録を読み込めません。少したってから、もう一度聞いてください。',
    'memory.forgotten': 'ストレッチの記録を削除しました。',
    'memory.kept': 'わかりました。記録はそのまま残しておきます。',
    'memory.forgetFailed': 'すみません、今は記録を削除できませんでした。あとで、もう一度お試しください。',
    'prompt.resumeOffer':
      '前回は{{exercise}}で止まりました。そこから続けますか？ 続けるなら、はい、最初から始めるなら、いいえ、と言ってください。',
    'reprompt.resumeOffer': '前回止めたところから続けますか？ はいか、いいえで答えてください。',
    'prompt.confirmForget': 'ストレッチの記録を削除しますか？ はいか、いいえで答えてください。',
    'reprompt.confirmForget': '記録を削除してよろしいですか？ はいか、いいえで答えてください。',
    'prompt.didSomethingHurt':
      'すみません、よく聞き取れなかったので、一時停止しました。どこか痛みましたか？ 痛むときは、「アレクサ、痛い」、続けるときは、再開、と言ってください。',
    'reprompt.didSomethingHurt':
      'どこか痛みましたか？ 痛むときは、「アレクサ、痛い」、続けるときは、再開、と言ってください。',
  },
});

/**
 * Japanese is spoken to Alexa in Japan only: the base pack already says いちいちきゅう番 (119, fire and
 * ambulance, ja.wikipedia.org/wiki/119番 and every municipal fire department) and 理学療法士. Same-day care
 * is a doctor today (今日中に医師の診察): #7119 (救急安心センター) exists in many prefectures but not all, so
 * the speech does not name it.
 */
export const jaRegions = regions({
  'ja-JP': {},
});
