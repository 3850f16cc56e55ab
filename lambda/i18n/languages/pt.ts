import { pt as exercises } from '../exercises/pt';
import { languagePack, regions } from '../language-pack';

/**
 * Brazilian Portuguese, as Alexa speaks it in Brazil.
 *
 * - Every exercise name carries its article (see ../exercises/pt.ts), so no message puts a preposition
 *   right before {{exercise}} or makes it the subject of a verb that would have to agree with it.
 * - Nothing agrees with the listener's gender: "Tudo pronto?" rather than "Pronto?", "Que bom que você
 *   avisou" rather than "Obrigado" (which would also need the speaker's gender).
 * - Counts with a verb are said with "tem", which does not agree in number ("Você ainda tem um
 *   alongamento", "dois alongamentos").
 * - Sessions are "treinos": a masculine noun, so the masculine number words fit it ("dois treinos";
 *   "sessão" would need "duas").
 */
export const pt = languagePack({
  // Brazilian read speech runs at five and a half to six and a half syllables a second (Meireles and
  // Gambarini, Speech Prosody 2012), and a TTS voice sits at the slow end of that. The exercise texts
  // average 2.9 written characters a syllable, spaces included: 5.4 x 2.9 is about 15.5.
  charactersPerSecond: 15.5,
  exercises,
  screen: {
    title: 'Alongamento de Costas',
    hurts: 'Está doendo',
    pause: 'Pausar',
    resume: 'Continuar',
    next: 'Próximo',
    progress: 'Alongamento {{n}} de {{total}}',
  },
  routines: {
    default: 'a sua rotina de alongamento',
    chair: 'a rotina na cadeira',
    floor: 'a rotina no chão',
    full: 'a rotina completa',
  },
  numbers: [
    'zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez',
    'onze', 'doze', 'treze', 'catorze', 'quinze', 'dezesseis', 'dezessete', 'dezoito', 'dezenove', 'vinte',
    'vinte e um', 'vinte e dois', 'vinte e três', 'vinte e quatro', 'vinte e cinco', 'vinte e seis', 'vinte e sete',
    'vinte e oito', 'vinte e nove', 'trinta',
    'trinta e um', 'trinta e dois', 'trinta e três', 'trinta e quatro', 'trinta e cinco', 'trinta e seis',
    'trinta e sete', 'trinta e oito', 'trinta e nove', 'quarenta',
    'quarenta e um', 'quarenta e dois', 'quarenta e três', 'quarenta e quatro', 'quarenta e cinco', 'quarenta e seis',
    'quarenta e sete', 'quarenta e oito', 'quarenta e nove', 'cinquenta',
    'cinquenta e um', 'cinquenta e dois', 'cinquenta e três', 'cinquenta e quatro', 'cinquenta e cinco',
    'cinquenta e seis', 'cinquenta e sete', 'cinquenta e oito', 'cinquenta e nove', 'sessenta',
  ],
  speech: {
    'hold.start': 'Segure.',
    'hold.keepHolding': 'Continue assim.',
    'hold.long': 'Fique assim e relaxe na posição por {{duration}}.',
    // "Mais" rather than "Faltam": the verb would have to agree with "um minuto".
    'hold.left': 'Mais {{duration}}.',
    // Brazilian plural rules put zero with "one" ("zero minuto"); people say "zero minutos", and i18next
    // looks up `_zero` first when the count is zero.
    'duration.seconds_zero': '{{n}} segundos',
    'duration.seconds_one': '{{n}} segundo',
    'duration.seconds_many': '{{n}} de segundos',
    'duration.seconds_other': '{{n}} segundos',
    'duration.minutes_zero': '{{n}} minutos',
    'duration.minutes_one': '{{n}} minuto',
    'duration.minutes_many': '{{n}} de minutos',
    'duration.minutes_other': '{{n}} minutos',
    'duration.days_zero': '{{n}} dias',
    'duration.days_one': '{{n}} dia',
    'duration.days_many': '{{n}} de dias',
    'duration.days_other': '{{n}} dias',
    sessions_zero: '{{n}} treinos',
    sessions_one: '{{n}} treino',
    sessions_many: '{{n}} de treinos',
    sessions_other: '{{n}} treinos',
    stretches_zero: '{{n}} alongamentos',
    stretches_one: '{{n}} alongamento',
    stretches_many: '{{n}} de alongamentos',
    stretches_other: '{{n}} alongamentos',
    'side.generic': 'Agora o lado {{side}}.',
    'sideName.right': 'direito',
    'sideName.left': 'esquerdo',
    'explain.intro': 'Veja como fazer {{exercise}}. {{needs}}',
    'explain.caution': 'Atenção. {{caution}}',
    'explain.gentler': 'Para uma versão mais leve:',
    // The Samu, Brazil's free public ambulance service, answers on 192 everywhere in the country; people
    // say it as a number, "liga pro cento e noventa e dois", like the police's "cento e noventa".
    emergencyNumber: 'cento e noventa e dois',
  },
  messages: {
    welcome: 'Olá! Aqui é o Alongamento de Costas.',
    disclaimer:
      'Um aviso rápido: isto não é orientação médica. Se você está grávida ou se machucou há pouco tempo, fale antes com seu médico. E pare se alguma coisa doer.',
    goodbye: 'Cuide bem das suas costas. Até a próxima!',
    fallback: 'Desculpe, não entendi.',
    'error.apology': 'Desculpe, alguma coisa deu errado aqui do meu lado.',
    'routine.start':
      'Vamos fazer {{routine}}: {{stretches}}, mais ou menos {{minutes}}. Se alguma coisa doer, diga "Alexa, está doendo" a qualquer momento, que eu paro.',
    'routine.done': 'Chegamos ao fim dos alongamentos. Você fez {{stretches}}. Muito bem!',
    'routine.overview': 'A rotina de sempre tem {{stretches}} e leva mais ou menos {{minutes}}.',
    'routine.remaining': 'Você ainda tem {{stretches}} pela frente, mais ou menos {{minutes}}.',
    'routine.noneLeft': 'Esse foi o último. Não falta mais nenhum alongamento.',
    'exercise.start': 'Vamos lá: {{exercise}}.',
    'exercise.leftOut': 'Hoje vou deixar de fora {{exercise}}, porque um movimento parecido doeu antes.',
    'exercise.list': 'Posso te guiar nestes alongamentos: {{exercises}}.',
    'exercise.unknown': 'Esse eu não conheço. Posso te guiar em alongamentos como {{exercises}}.',
    'exercise.unknownExplain': 'Esse eu não conheço. Posso explicar alongamentos como {{exercises}}.',
    'exercise.avoided': 'Um movimento parecido doeu antes, então hoje vamos deixar {{exercise}} de fora.',
    'rep.number': 'Repetição {{n}} de {{total}}.',
    'rep.release': 'E solte.',
    'stop.summary': 'Hoje você fez {{stretches}}. Mandou bem!',
    'advice.lasting':
      'Se a dor nas costas durar mais de algumas semanas, piorar, acordar você à noite, ou vier com febre ou perda de peso, procure um médico.',
    'nav.stayPaused': 'Tudo bem, a gente continua na pausa.',
    'nav.takeYourTime': 'Tudo bem, sem pressa.',
    'nav.nothingToSkip': 'A gente ainda não começou nenhum alongamento, então não tem nada para pular.',
    'nav.nothingToPause': 'Não tem nada em andamento, então não tem o que pausar.',
    'nav.paused': 'Pausei. Sem pressa. Quando quiser seguir, diga continuar. Se voltar mais tarde, diga "Alexa, peça ao alongamento de costas para continuar".',
    'nav.fromTheTop': 'Começando de novo, do início.',
    'nav.resuming': 'Vamos continuar.',
    'nav.pickingUp': 'Retomando {{exercise}} de onde paramos.',
    'nav.nothingYet': 'A gente ainda não começou nenhum alongamento.',
    'nav.firstAlready': 'Este é o primeiro alongamento, então vamos recomeçar por ele.',
    'help.idle':
      'Eu guio você em alongamentos suaves para a parte de cima e o meio das costas, e conto o tempo de cada posição. Diga começar para a rotina de sempre, ou peça a rotina na cadeira ou a rotina no chão. Você também pode perguntar como se faz um alongamento, por exemplo, a postura da cobra.',
    'help.exercising':
      'Estou contando o tempo dos seus alongamentos. Diga próximo para seguir, repete para ouvir de novo, pular, pausa, mais devagar, ou mais leve. Se alguma coisa doer, diga "Alexa, está doendo", mesmo enquanto eu estiver falando, que eu paro.',
    'help.paused':
      'Estamos em pausa. Diga continuar para seguir, pular para ir ao próximo alongamento, ou parar para terminar. Se alguma coisa doer, diga "Alexa, está doendo".',
    'help.pain': 'Eu parei porque alguma coisa doeu. Vou fazer duas perguntas rápidas, para a gente fazer só o que é seguro.',
    'settings.slower': 'Tudo bem, vou mais devagar e dar mais tempo entre as repetições.',
    'settings.longer': 'Tudo bem, a partir de agora vamos ficar mais tempo em cada posição.',
    'settings.keepShort': 'Como alguma coisa doeu antes, hoje vamos manter as posições curtas.',
    'gentler.start': 'Vamos tentar {{exercise}} numa versão mais leve.',
    'gentler.nothing': 'Não tem nenhum alongamento em andamento agora para deixar mais leve.',
    'pain.stop': 'Tudo bem, vamos parar. Saia da posição devagar, e descanse num lugar confortável.',
    'pain.heard': 'Entendi. Já paramos.',
    'pain.again':
      'É a segunda vez que alguma coisa dói hoje, então vamos parar por aqui. Descanse, e converse com um médico ou fisioterapeuta antes de fazer estes alongamentos de novo.',
    'pain.redFlagQuestion':
      'Primeiro: você está com dor no peito, falta de ar, uma dor repentina e dilacerante entre as omoplatas, dormência ou fraqueza, ou dificuldade para controlar a urina? Ou sente que vai desmaiar, suor frio ou enjoo?',
    'pain.redFlagAdvice':
      'Por favor, pare os exercícios e procure ajuda médica agora. Se você tiver dor no peito, falta de ar, uma dor dilacerante nas costas, ou perder de repente o controle da urina ou do intestino, ligue já para o Samu, no $t(emergencyNumber).',
    'pain.redFlagReprompt': 'Você tem algum desses sintomas? Se tiver, ligue agora para o Samu, no $t(emergencyNumber). Se não tiver nenhum, diga não.',
    'pain.redFlagSimpler':
      'Vou perguntar de um jeito mais simples. Além da dor, você está sentindo mais alguma coisa, como dor no peito, falta de ar, dormência ou sensação de desmaio? Diga sim ou não.',
    'pain.urgentQuestion':
      'E essa dor começou depois de uma queda ou de um acidente? Ou você está com febre, dor à noite que não melhora com o repouso, ou emagreceu sem saber por quê?',
    'pain.urgentSimpler': 'Só para confirmar: você caiu ou se machucou, ou tem se sentido mal? Diga sim ou não.',
    'pain.urgentReprompt':
      'A dor começou depois de uma queda, ou você está com febre? Se sim, procure uma UPA ou um médico hoje. Se não, diga não.',
    'pain.urgentAdvice':
      'Então vamos parar por hoje. Por favor, procure uma UPA ou um médico hoje para dar uma olhada nas suas costas, e só volte a se alongar quando o médico liberar.',
    'pain.kindSimpler': 'É uma dor aguda, como uma pontada? Ou é mais como um alongamento forte, ou um incômodo? Diga aguda, ou diga incômodo.',
    'pain.carefulStop':
      'Como não dá para ter certeza, vamos parar por hoje. Antes de se alongar de novo, procure um médico para avaliar suas costas.',
    'pain.emergencyIfSymptoms':
      'Se aparecer dor no peito, falta de ar, dormência ou fraqueza, ou se você perder o controle da urina ou do intestino, ligue na hora para o Samu, no $t(emergencyNumber).',
    'pain.kindQuestion':
      'É uma dor aguda, como uma pontada, uma fisgada ou um choque? Ou é mais como um alongamento forte, ou um incômodo?',
    'pain.mild':
      'Que bom que você avisou. Um alongamento deve dar só uma tensão leve, nunca dor, então vamos aliviar. A partir de agora, vou deixar as posições mais curtas.',
    'pain.sharp':
      'Que bom que você me contou. Vamos pular este hoje, e também qualquer alongamento com um movimento parecido. Se a dor não passar com o descanso, ou continuar voltando, procure um médico ou um fisioterapeuta.',
    'pain.mildChoices':
      'Você quer tentar {{exercise}} numa versão mais leve, pular para o próximo alongamento, ou parar por hoje? Diga mais leve, pular, ou parar.',
    'pain.mildChoicesNoRoutine':
      'Quer fazer uma rotina leve na cadeira, com posições mais curtas? Diga sim, ou diga parar para terminar por hoje.',
    'pain.sharpChoices': 'Quando você se sentir bem, quer seguir para {{exercise}}? Diga próximo, ou diga parar para terminar por hoje.',
    'pain.answerFirst': 'Antes de continuar, preciso da sua resposta.',
    'pain.gentleRoutine': 'Tudo bem. Vamos com calma: tudo na cadeira, sem descer para o chão, e com posições mais curtas. Se alguma coisa doer, diga "Alexa, está doendo" na hora.',
    'prompt.idle': 'Quer começar seus alongamentos? Diga começar, ou me pergunte como se faz um alongamento.',
    'prompt.tryIt': 'Quer tentar {{exercise}} agora? Diga sim, ou pergunte sobre outro alongamento.',
    'prompt.ready': 'Já está em posição? Diga pronto quando quiser.',
    'prompt.painReminder': 'Se alguma coisa doer, diga "Alexa, está doendo".',
    'prompt.begin': 'Tudo pronto para começar? Diga pronto.',
    'prompt.gentlerToo': 'Quer ouvir também a versão mais leve? Diga sim ou não.',
    'prompt.gentlerOrResume': 'Quer ouvir a versão mais leve? Diga sim, ou diga continuar para seguir.',
    'reprompt.gentlerToo': 'Quer que eu explique a versão mais leve? Diga sim ou não.',
    'prompt.nextSide': 'Vamos para o lado {{side}}? Diga próximo.',
    'prompt.continue': 'Vamos continuar? Diga próximo.',
    'prompt.finish': 'Esse foi o último alongamento. Vamos terminar? Diga terminei.',
    'prompt.nextExercise': 'A seguir, {{exercise}}, {{position}}. Tudo pronto? Diga próximo.',
    'prompt.paused': 'Vamos continuar com {{exercise}}? Diga continuar.',
    'reprompt.idle': 'Vamos começar seus alongamentos? Diga começar, ou diga parar.',
    'reprompt.tryIt': 'Quer tentar {{exercise}}? Diga sim ou não.',
    'reprompt.next': 'Tudo pronto? Diga próximo, ou diga parar para terminar.',
    'reprompt.finish': 'Vamos terminar? Diga terminei.',
    'reprompt.paused': 'Vamos continuar? Diga continuar, ou diga parar.',
    'reprompt.mildChoices': 'O que você prefere: mais leve, pular, ou parar?',
    'reprompt.sharpChoices': 'Vamos seguir? Diga próximo, ou diga parar.',
    'exercise.excluded':
      'Deixei {{exercise}} de fora, porque já tivemos que parar por dor duas vezes nesse alongamento. Se quiser tentar mesmo assim, é só pedir pelo nome.',
    'memory.hurtLastTime': 'Da última vez, você sentiu dor com {{exercise}}, então vamos fazer a versão mais leve.',
    'memory.streak': 'Já são {{days}} seguidos.',
    'memory.firstDay': 'Volte amanhã para começar uma sequência.',
    'memory.resuming': 'Retomando de onde você parou.',
    'memory.nothingToResume': 'Não tem nenhuma rotina pela metade para retomar, então vamos começar do início.',
    'memory.daysInARow': 'Você já se alongou {{days}} seguidos.',
    'memory.totals': 'Esta semana você fez {{sessions}}. No total, já são {{minutes}} de alongamento.',
    'memory.favourites': 'Os alongamentos que você mais faz: {{exercises}}.',
    'memory.noHistory': 'Você ainda não fez nenhum alongamento comigo. Seu progresso aparece aqui depois do primeiro treino.',
    'memory.unavailable': 'Desculpe, não consigo acessar seu histórico agora. Tente de novo daqui a pouco.',
    'memory.forgotten': 'Pronto. Apaguei seu histórico de alongamentos.',
    'memory.kept': 'Tudo bem, mantive seu histórico.',
    'memory.forgetFailed': 'Desculpe, não consegui apagar seu histórico agora. Tente de novo mais tarde.',
    'prompt.resumeOffer':
      'Da última vez, você parou quando ia fazer {{exercise}}. Quer continuar dali? Diga sim, ou diga não para começar do zero.',
    'reprompt.resumeOffer': 'Quer continuar de onde parou? Diga sim ou não.',
    'prompt.confirmForget': 'Quer que eu apague seu histórico de alongamentos? Diga sim ou não.',
    'reprompt.confirmForget': 'Posso apagar seu histórico? Diga sim ou não.',
    'prompt.didSomethingHurt': 'Desculpe, não entendi, então pausei. Alguma coisa doeu? Diga "Alexa, está doendo", ou diga continuar para seguir.',
    'reprompt.didSomethingHurt': 'Alguma coisa doeu? Diga "Alexa, está doendo", ou diga continuar para seguir.',
  },
});

/**
 * Alexa speaks Portuguese only in Brazil, and the pack above is already Brazilian: its emergency number
 * (192, the Samu), its same-day care (an UPA, the public 24-hour urgent care units, or a doctor) and
 * "fisioterapeuta" are Brazil's, so pt-BR changes nothing.
 */
export const ptRegions = regions({
  'pt-BR': {},
});
