/**
 * The pt-BR words of the interaction model: how people in Brazil talk to Alexa, informally ("tá
 * doendo", "bora", "peraí", "repete"), with the fuller forms ASR also writes ("está doendo").
 *
 * The exercise's canonical slot value is the name the skill speaks (lambda/i18n/exercises/pt.ts), with
 * its article ("a postura da cobra"). Every synonym below is also offered without its article, because
 * people say both "como faz a cobra" and, after a preposition that swallows the article, "os passos da
 * cobra". Yoga names are the ones Brazilian classes use (postura da criança, pinça em pé, cachorrinho),
 * plus the gym words for the same moves (prece maometana, elevação de quadril).
 *
 * Built-ins: AMAZON.FallbackIntent is offered in pt-BR. Amazon's 2019 announcement of its expansion
 * (en, de, then ja, fr, es, it) predates nothing that excludes Brazil, and published pt-BR models built
 * with the ASK CLI declare it (for example dadeke/alexa-skill-cade-meu-bolo), which the model build
 * would reject if it were not supported. So nothing is listed in `unavailableBuiltIns`.
 */
import type { ExerciseId } from '../../lambda/catalog/exercises';
import { pt as exerciseTexts } from '../../lambda/i18n/exercises/pt';
import { exerciseWords } from '../exercise-words';
import type { LocaleModel, SlotTypeWords } from '../locale-model';

/** Each with the article people put before it, where they put one; the bare form is added below. */
const EXERCISE_SYNONYMS: Readonly<Record<ExerciseId, readonly string[]>> = {
  seated_spinal_twist: [
    'a torção', 'a torção sentada', 'a torção de coluna', 'a torção da coluna', 'a torção da coluna sentada',
    'a meia torção', 'a torção simples', 'a torção no chão', 'a torção de pernas cruzadas', 'ardha matsyendrasana',
    'matsyendrasana', 'a postura do senhor dos peixes', 'o meio senhor dos peixes',
  ],
  locust: [
    'o gafanhoto', 'a postura do gafanhoto', 'salabhasana', 'shalabhasana', 'o super homem', 'o superman',
    'a elevação de tronco', 'a elevação do tronco', 'o fortalecimento das costas', 'o levantamento de tronco',
  ],
  revolved_triangle: [
    'o triângulo', 'a postura do triângulo', 'o triângulo invertido', 'a postura do triângulo invertido',
    'o triângulo com torção', 'o triângulo em torção', 'o triângulo revolvido', 'o triângulo girado',
    'parivrtta trikonasana', 'a torção em pé',
  ],
  standing_forward_bend: [
    'a pinça', 'a pinça em pé', 'uttanasana', 'a flexão para frente', 'a flexão para a frente', 'a flexão à frente',
    'a flexão de tronco', 'a flexão do tronco', 'a flexão em pé', 'tocar os pés', 'encostar nos pés',
    'a boneca de pano', 'a postura da boneca de pano', 'a inclinação para frente',
  ],
  eagle_arms: [
    'os braços de águia', 'o braço de águia', 'os braços da águia', 'a águia', 'a postura da águia', 'garudasana',
    'o abraço', 'o autoabraço', 'o alongamento de escritório', 'o alongamento das omoplatas',
    'o alongamento entre as omoplatas', 'o alongamento das escápulas',
  ],
  puppy_pose: [
    'o cachorrinho', 'a postura do cachorrinho', 'o cachorrinho estendido', 'o filhote', 'a postura do filhote',
    'uttana shishosana', 'anahatasana', 'o coração derretendo',
  ],
  thread_the_needle: [
    'a agulha', 'a postura da agulha', 'a linha na agulha', 'passar a linha na agulha', 'enfiar a linha na agulha',
    'o fio na agulha', 'a torção em quatro apoios', 'parsva balasana',
  ],
  childs_pose: [
    'a criança', 'a postura da criança', 'a posição da criança', 'balasana', 'a postura do bebê',
    'a postura de descanso', 'a postura do descanso', 'a prece maometana',
  ],
  sitting_rotation: [
    'a rotação', 'a rotação na cadeira', 'a rotação sentada', 'a rotação de tronco', 'a rotação do tronco',
    'a rotação de tronco na cadeira', 'a torção na cadeira', 'o giro de tronco', 'o giro na cadeira',
    'a torção de tronco',
  ],
  head_stretch: [
    'o alongamento do pescoço', 'o alongamento de pescoço', 'o alongamento da cabeça', 'o alongamento de cabeça',
    'o alongamento cervical', 'o queixo no peito', 'o queixo ao peito', 'a flexão de pescoço', 'a flexão do pescoço',
    'o pescoço', 'a cabeça para frente',
  ],
  cat_stretch: [
    'o gato', 'a postura do gato', 'o gato e vaca', 'o gato vaca', 'o gato e a vaca', 'o gato e camelo', 'a vaca',
    'a postura da vaca', 'o gato bravo', 'o gato assustado', 'marjaryasana', 'bitilasana', 'o alongamento do gato',
  ],
  passive_backbend: [
    'a extensão com toalha', 'a extensão na toalha', 'a extensão passiva', 'a extensão torácica', 'a toalha',
    'o rolo de toalha', 'o alongamento com toalha', 'o alongamento na toalha', 'a abertura de peito',
    'a abertura do peito', 'a retroflexão passiva',
  ],
  cobra_stretch: [
    'a cobra', 'a postura da cobra', 'a naja', 'a postura da naja', 'bhujangasana', 'o alongamento da cobra',
    'a serpente', 'a postura da serpente', 'a cobrinha', 'a cobra baixa', 'a meia cobra',
    // The sphinx is the cobra's gentler version (docs/exercises.md), so it lives here.
    'a esfinge', 'a postura da esfinge',
  ],
  bridge_stretch: [
    'a ponte', 'a postura da ponte', 'a elevação de quadril', 'a elevação do quadril', 'a elevação pélvica',
    'a ponte de glúteo', 'a ponte para glúteo', 'setu bandhasana', 'levantar o quadril', 'subir o quadril',
  ],
};

const ARTICLE = /^(?:o|a|os|as) /;

const POSSESSIVE = { o: 'meu', a: 'minha', os: 'meus', as: 'minhas' } as const;
const IN = { o: 'no', a: 'na', os: 'nos', as: 'nas' } as const;

/**
 * A body part as Brazilians name it in pain: bare ("dor de cabeça"), with its article ("o ombro"), the
 * possessive with or without it ("meu ombro", "o meu ombro"), and after "em" ("no ombro", "no meu
 * ombro"), so one frame fits "dói o ombro", "meu ombro dói" and "dor no ombro".
 */
const named = (...phrases: readonly string[]): string[] =>
  phrases.flatMap((phrase) => {
    const match = /^(o|a|os|as) (.+)$/.exec(phrase);
    if (!match) return [phrase];
    const article = match[1] as keyof typeof POSSESSIVE;
    const noun = match[2]!;
    const mine = `${POSSESSIVE[article]} ${noun}`;
    return [noun, phrase, mine, `${article} ${mine}`, `${IN[article]} ${noun}`, `${IN[article]} ${mine}`];
  });

/** A part there is one of on each side, also with the side: "o ombro direito", "minha perna esquerda". */
const sided = (...phrases: readonly string[]): string[] =>
  phrases.flatMap((phrase) => {
    const feminine = phrase.startsWith('a ');
    return [phrase, `${phrase} ${feminine ? 'direita' : 'direito'}`, `${phrase} ${feminine ? 'esquerda' : 'esquerdo'}`].flatMap((form) => named(form));
  });

const BODY_PARTS: SlotTypeWords<'BodyPartType'> = {
  back: {
    value: 'costas',
    synonyms: [
      ...named('as costas', 'a coluna', 'a espinha'), 'a coluna vertebral', 'o meio das costas', 'meio das costas',
      'no meio das costas', 'as costas inteiras',
    ],
  },
  upper_back: {
    value: 'parte de cima das costas',
    synonyms: [
      'a parte de cima das costas', 'na parte de cima das costas', 'a parte alta das costas', 'na parte alta das costas',
      'o alto das costas', 'no alto das costas', 'em cima das costas', ...sided('a omoplata', 'a escápula'),
      ...named('as omoplatas', 'as escápulas'), 'entre as omoplatas', 'entre as escápulas', 'no meio das omoplatas',
      ...named('a costela', 'as costelas', 'a dorsal'), 'a região dorsal', 'na região dorsal',
    ],
  },
  lower_back: {
    value: 'lombar',
    synonyms: [
      ...named('a lombar', 'o cóccix', 'o sacro', 'os rins'), 'a região lombar', 'na região lombar', 'a parte de baixo das costas',
      'na parte de baixo das costas', 'o fim da coluna', 'no fim da coluna', 'o final da coluna', 'no final da coluna',
      'o pé da coluna', 'no pé da coluna',
    ],
  },
  neck: { value: 'pescoço', synonyms: named('o pescoço', 'a nuca', 'a cervical', 'a garganta') },
  shoulder: { value: 'ombro', synonyms: [...sided('o ombro', 'a clavícula', 'o trapézio'), ...named('os ombros')] },
  arm: { value: 'braço', synonyms: [...sided('o braço', 'o cotovelo', 'o antebraço'), ...named('os braços', 'os cotovelos', 'o bíceps')] },
  hand: {
    value: 'mão',
    synonyms: [...sided('a mão', 'o punho', 'o pulso'), ...named('as mãos', 'os punhos', 'os pulsos', 'o dedo', 'os dedos', 'o polegar')],
  },
  leg: {
    value: 'perna',
    synonyms: [
      ...sided('a perna', 'a coxa', 'a panturrilha', 'o tornozelo', 'o pé'),
      ...named('as pernas', 'as coxas', 'as panturrilhas', 'a batata da perna', 'os tornozelos', 'os pés', 'o posterior da coxa'),
    ],
  },
  hip: {
    value: 'quadril',
    synonyms: [
      ...sided('o quadril', 'a virilha', 'o glúteo', 'a nádega'),
      ...named('os quadris', 'os glúteos', 'as nádegas', 'a bunda', 'o bumbum', 'o ciático', 'o nervo ciático'),
    ],
  },
  knee: { value: 'joelho', synonyms: [...sided('o joelho'), ...named('os joelhos', 'a patela')] },
  head: { value: 'cabeça', synonyms: named('a cabeça', 'a mandíbula', 'o maxilar') },
  // The heart area is the chest: "dor no peito" is the red-flag answer.
  chest: {
    value: 'peito',
    synonyms: [...named('o peito', 'o coração', 'o esterno', 'o tórax'), 'a região do coração', 'na região do coração'],
  },
};


export const ptBR: LocaleModel = {
  // Three words, none of them a launch word, a connecting word ("para", "ao", "que") or a wake word; a
  // preposition is allowed in a name of three words or more ("horóscopo da maria" is Amazon's own kind).
  invocationName: 'alongamento de costas',

  samples: {
    PainIntent: [
      // Said as it happens: interjections alone and with words, then tense and repetition, intensity, sensations.
      'está doendo', 'tá doendo', 'ai', 'ai ai', 'ai ai ai', 'ui', 'ui ui', 'dói', 'doeu', 'isso dói', 'isso está doendo',
      'isso tá doendo', 'ai está doendo', 'ai tá doendo', 'ai doeu', 'ui doeu', 'ai que dor', 'ai ai que dor', 'que dor',
      'ai ai tá doendo', 'ai meu deus', 'ai meu deus que dor', 'ai caramba', 'nossa que dor', 'nossa tá doendo', 'nossa doeu',
      'putz doeu', 'putz que dor', 'eita doeu', 'eita que dor', 'vixe doeu', 'vixe que dor', 'que dor horrível',
      'para está doendo', 'pare está doendo', 'para tá doendo', 'para que dói', 'para para tá doendo', 'para que tá doendo',
      'pare que dói', 'chega tá doendo', 'não dá tá doendo', 'não consigo tá doendo',
      'doeu agora', 'isso doeu', 'doeu muito', 'começou a doer', 'começou a doer agora', 'tá começando a doer',
      'está começando a doer', 'voltou a doer', 'tá doendo de novo', 'está doendo de novo', 'doeu de novo', 'dói de novo',
      'tá doendo outra vez', 'agora tá doendo', 'agora doeu',
      'está doendo muito', 'tá doendo muito', 'dói muito', 'está doendo demais', 'tá doendo demais', 'dói demais',
      'tá doendo pra caramba', 'dói pra caramba', 'doeu pra caramba', 'tá doendo muito mesmo', 'dói horrores',
      'tá doendo horrores', 'não aguento de dor', 'não tô aguentando', 'não estou aguentando', 'não aguento mais',
      'tá me matando', 'essa dor tá me matando', 'é muita dor', 'muita dor', 'tô com muita dor', 'estou com muita dor',
      'dor demais', 'tá doendo um pouco',
      'estou com dor', 'tô com dor', 'estou sentindo dor', 'tô sentindo dor', 'senti dor', 'sinto dor', 'senti uma dor',
      'sinto uma dor', 'tô sentindo uma dor', 'estou sentindo uma dor', 'dói aqui', 'tá doendo aqui', 'está doendo aqui',
      'doendo', 'deu uma fisgada', 'senti uma fisgada', 'deu uma pontada', 'senti uma pontada', 'deu um estalo', 'estalou',
      'alguma coisa estalou', 'senti um estalo', 'ouvi um estalo', 'deu um choque', 'travou', 'travou tudo', 'arde', 'queima',
      'senti um puxão', 'deu um puxão', 'tô dolorido', 'tô dolorida', 'estou dolorido', 'estou dolorida',
      'minhas costas doem', 'minhas costas estão doendo', 'minhas costas tão doendo', 'minha coluna dói',
      'meu pescoço dói', 'meu ombro dói', 'meu joelho dói', 'machuquei', 'me machuquei', 'acho que me machuquei',
      'me machuquei feio', 'machucou', 'isso machucou', 'dei um mau jeito', 'acho que dei um mau jeito', 'distendi alguma coisa',
      'acho que distendi um músculo', 'puxei um músculo', 'isso machuca', 'está machucando', 'tá machucando',
      'isso está machucando', 'dói quando eu estico', 'dói quando eu alongo', 'dói quando eu mexo', 'dói pra alongar',
      'socorro',
      // Where it hurts: the body part is a slot whose words carry the article, possessive or contraction
      // ("as costas", "minhas costas", "nas costas"), so "dor nas costas" and "tô com as costas doendo" fit.
      '{bodyPart} dói', '{bodyPart} doem', '{bodyPart} está doendo', '{bodyPart} tá doendo', '{bodyPart} estão doendo',
      '{bodyPart} tão doendo', '{bodyPart} doeu', '{bodyPart} doeram', '{bodyPart} dói muito', '{bodyPart} doem muito',
      '{bodyPart} está doendo muito', '{bodyPart} tá doendo muito', '{bodyPart} estão doendo muito', '{bodyPart} tá doendo demais',
      '{bodyPart} começou a doer', '{bodyPart} começaram a doer', '{bodyPart} voltou a doer', '{bodyPart} voltaram a doer',
      '{bodyPart} tá me matando', '{bodyPart} travou', '{bodyPart} travaram', '{bodyPart} estalou',
      'dói {bodyPart}', 'dói muito {bodyPart}', 'dói aqui {bodyPart}', 'doeu {bodyPart}', 'doendo {bodyPart}',
      'doendo aqui {bodyPart}', 'está doendo {bodyPart}', 'tá doendo {bodyPart}', 'tá doendo muito {bodyPart}',
      'está doendo muito {bodyPart}', 'tá doendo aqui {bodyPart}', 'começou a doer {bodyPart}', 'voltou a doer {bodyPart}',
      'dor {bodyPart}', 'dor de {bodyPart}', 'estou com dor de {bodyPart}', 'tô com dor de {bodyPart}', 'tô com uma dor de {bodyPart}',
      'uma dor {bodyPart}', 'muita dor {bodyPart}', 'estou com dor {bodyPart}', 'tô com dor {bodyPart}',
      'estou com uma dor {bodyPart}', 'tô com uma dor {bodyPart}', 'tô com muita dor {bodyPart}', 'estou com muita dor {bodyPart}',
      'sinto dor {bodyPart}', 'sinto uma dor {bodyPart}', 'senti uma dor {bodyPart}', 'senti dor {bodyPart}',
      'tô sentindo dor {bodyPart}', 'tô sentindo uma dor {bodyPart}', 'estou sentindo dor {bodyPart}',
      'estou sentindo uma dor {bodyPart}', 'uma dor forte {bodyPart}', 'senti uma dor forte {bodyPart}',
      'tô com {bodyPart} doendo', 'estou com {bodyPart} doendo', 'tô com {bodyPart} dolorido', 'tô com {bodyPart} dolorida',
      'tô com {bodyPart} doloridos', 'tô com {bodyPart} doloridas', 'estou com {bodyPart} dolorido', 'estou com {bodyPart} dolorida',
      'estou com {bodyPart} doloridos', 'estou com {bodyPart} doloridas',
      'ai {bodyPart}', 'ai ai {bodyPart}', 'ai ai ai {bodyPart}', 'ui {bodyPart}', 'ai meu deus {bodyPart}', 'nossa {bodyPart}',
      'ai que dor {bodyPart}', 'que dor {bodyPart}',
      'machuquei {bodyPart}', 'me machuquei {bodyPart}', 'acho que machuquei {bodyPart}', 'acho que me machuquei {bodyPart}',
      'dei um mau jeito {bodyPart}', 'acho que dei um mau jeito {bodyPart}', 'travei {bodyPart}', 'travou {bodyPart}',
      'estalou {bodyPart}', 'alguma coisa estalou {bodyPart}', 'senti um estalo {bodyPart}', 'deu um estalo {bodyPart}',
      'senti uma pontada {bodyPart}', 'deu uma pontada {bodyPart}', 'senti uma fisgada {bodyPart}', 'deu uma fisgada {bodyPart}',
      'tô sentindo uma pontada {bodyPart}', 'tô sentindo uma fisgada {bodyPart}', 'sinto uma pontada {bodyPart}',
      'sinto uma fisgada {bodyPart}', 'senti um puxão {bodyPart}', 'distendi {bodyPart}', 'arde {bodyPart}', 'queima {bodyPart}',
      'tá ardendo {bodyPart}', 'tá queimando {bodyPart}', 'dói quando eu estico {bodyPart}',
    ],
    RedFlagIntent: [
      // Also the bare answer to the red-flag question. Chest pain said like any pain ("meu peito dói",
      // "dor no peito") reaches PainIntent with the chest, which the skill takes as this answer.
      'pressão no peito', 'sinto uma pressão no peito', 'estou com uma pressão no peito', 'aperto no peito',
      'um aperto no peito', 'estou com um aperto no peito', 'tô com um aperto no peito', 'sinto um aperto no peito',
      'meu peito está apertado', 'peito apertado', 'tô com o peito apertado', 'um peso no peito', 'sinto um peso no peito',
      'estou suando e meu peito dói', 'dor no peito e no braço esquerdo', 'dor no braço esquerdo e no peito',
      'não consigo respirar', 'estou sem ar', 'tô sem ar', 'falta de ar', 'estou com falta de ar', 'tô com falta de ar',
      'está difícil respirar', 'tá difícil respirar', 'estou com dificuldade para respirar', 'dificuldade para respirar',
      'dificuldade pra respirar', 'me falta o ar', 'tá faltando ar', 'está faltando ar', 'o ar não entra', 'sem ar',
      'estou sufocando', 'tô sufocando',
      'dormência', 'formigamento', 'formigando', 'tô com formigamento', 'estou com dormência', 'minhas pernas estão dormentes',
      'minha perna está dormente', 'minha perna ficou dormente', 'minhas pernas estão formigando', 'meu braço está formigando',
      'meus braços estão formigando', 'meu braço está dormente', 'minha mão está dormente', 'minhas mãos estão formigando',
      'estou com formigamento nas pernas', 'estou com formigamento no braço', 'meus dedos estão dormentes',
      'meus dedos estão formigando', 'meus pés estão dormentes', 'meu pé está dormente', 'tô com a perna dormente',
      'tô com o braço dormente', 'tô com a mão formigando', 'perna dormente', 'braço dormente', 'não sinto minhas pernas',
      'não sinto meu braço', 'não sinto as pernas', 'não tô sentindo as pernas', 'estou com dormência na virilha',
      'dormência na virilha',
      'fraqueza', 'fraqueza nas pernas', 'minhas pernas estão fracas', 'minha perna está fraca', 'minhas pernas falharam',
      'minha perna falhou', 'tô com as pernas bambas', 'estou sem força nas pernas', 'sem força no braço',
      'não tenho força no braço',
      'vou desmaiar', 'acho que vou desmaiar', 'sinto que vou desmaiar', 'estou tonto', 'estou tonta', 'tô tonto', 'tô tonta',
      'tontura', 'estou com tontura', 'tô com tontura', 'estou tonto e enjoado', 'estou tonta e enjoada', 'enjoo',
      'estou enjoado', 'estou enjoada', 'tô enjoado', 'tô enjoada', 'vontade de vomitar', 'estou com vontade de vomitar',
      'suor frio', 'estou suando frio', 'tô suando frio', 'estou suando muito', 'minha vista escureceu', 'tá tudo rodando',
      'sensação de desmaio',
      'uma dor dilacerante', 'dor dilacerante', 'uma dor rasgando', 'dor rasgando', 'parece que está rasgando',
      'parece que rasgou por dentro', 'senti uma dor rasgando nas costas', 'uma dor rasgando entre as omoplatas',
      'uma dor forte de repente entre as omoplatas', 'uma dor repentina entre as omoplatas', 'como se estivesse rasgando',
      'perdi o controle da bexiga', 'perdi o controle do intestino', 'não consigo fazer xixi', 'fiz xixi sem querer',
      'escapou xixi', 'não consigo segurar o xixi', 'não consigo urinar', 'não controlo a urina', 'fiz cocô sem querer',
      'acho que estou tendo um infarto', 'acho que estou infartando', 'estou tendo um ataque cardíaco', 'estou infartando',
      'infarto', 'um infarto', 'ataque cardíaco', 'acho que é um infarto',
    ],
    UrgentSignIntent: [
      'eu caí', 'caí', 'levei um tombo', 'tomei um tombo', 'sofri uma queda', 'tive uma queda', 'foi depois de uma queda',
      'começou depois de uma queda', 'depois de uma queda', 'uma queda', 'escorreguei e caí', 'caí ontem', 'caí faz uns dias',
      'bati as costas', 'levei uma pancada', 'tive um acidente', 'sofri um acidente', 'depois de um acidente', 'um acidente',
      'foi num acidente', 'acidente de carro', 'bati o carro', 'sofri um acidente de carro', 'estou com febre', 'tô com febre',
      'febre', 'tenho febre', 'tô febril', 'estou febril', 'com febre', 'tô com calafrio', 'estou com calafrios',
      'febre e calafrio', 'dói à noite', 'dói de noite', 'me acorda de noite', 'a dor me acorda', 'não me deixa dormir',
      'não passa nem com repouso', 'não melhora com repouso', 'mesmo descansando não passa', 'perdi peso', 'emagreci',
      'emagreci sem querer', 'estou perdendo peso', 'perdi peso sem motivo', 'emagreci muito', 'acho que quebrei alguma coisa',
      'tenho me sentido mal', 'ando me sentindo mal',
    ],
    UnsureIntent: [
      'não sei', 'sei lá', 'não tenho certeza', 'não sei dizer', 'não sei bem', 'talvez', 'quem sabe', 'não faço ideia',
      'nem ideia', 'sei não', 'não sei não', 'difícil dizer', 'é difícil dizer', 'não dá pra saber', 'não sei te dizer',
      'não saberia dizer', 'mais ou menos', 'não tenho ideia', 'não tenho a menor ideia', 'não sei responder',
      'não estou certo', 'não estou certa', 'vai saber', 'pode ser que sim', 'é possível', 'possivelmente', 'não sei ao certo',
      'tô na dúvida', 'estou em dúvida',
    ],
    PainKindIntent: [
      '{painKind}', 'é {painKind}', 'está {painKind}', 'tá {painKind}', 'é uma dor {painKind}', 'uma dor {painKind}',
      'dor {painKind}', 'é tipo {painKind}', 'tipo {painKind}', 'é mais tipo {painKind}', 'parece {painKind}',
      'parece uma {painKind}', 'parece um {painKind}', 'é como {painKind}', 'como {painKind}', 'mais para {painKind}',
      'é mais para {painKind}', 'é mais como {painKind}', 'acho que é {painKind}', 'acho que {painKind}',
      'eu diria {painKind}', 'eu diria que é {painKind}', 'só {painKind}', 'é só {painKind}', 'é só um {painKind}',
      'é só uma {painKind}', 'sinto {painKind}', 'estou sentindo {painKind}', 'é mais um {painKind}',
      'é mais uma {painKind}',
    ],
    HowToIntent: [
      'como faz {exercise}', 'como se faz {exercise}', 'como faço {exercise}', 'como eu faço {exercise}',
      'como fazer {exercise}', 'como é {exercise}', 'como é que faz {exercise}', 'como é que se faz {exercise}',
      'me explica {exercise}', 'me explique {exercise}', 'explica {exercise}', 'explique {exercise}',
      'explica como fazer {exercise}', 'me explica como fazer {exercise}', 'me ensina {exercise}',
      'me ensine {exercise}', 'me ensina a fazer {exercise}', 'o que é {exercise}', 'que é {exercise}',
      'me fala sobre {exercise}', 'me fale sobre {exercise}', 'fala sobre {exercise}', 'descreve {exercise}',
      'descreva {exercise}', 'quais são os passos da {exercise}', 'quais são os passos do {exercise}',
      'como funciona {exercise}', 'passo a passo {exercise}', '{exercise}',
    ],
    StartExerciseIntent: [
      'vamos fazer {exercise}', 'bora fazer {exercise}', 'quero fazer {exercise}', 'eu quero fazer {exercise}',
      'gostaria de fazer {exercise}', 'fazer {exercise}', 'faz {exercise}', 'faça {exercise}', 'começa {exercise}',
      'comece {exercise}', 'começar {exercise}', 'inicia {exercise}', 'iniciar {exercise}', 'vamos de {exercise}',
      'vamos tentar {exercise}', 'quero tentar {exercise}', 'tentar {exercise}', 'podemos fazer {exercise}',
      'a gente pode fazer {exercise}', 'me guia na {exercise}', 'me guia no {exercise}', 'começar com {exercise}',
      'começa pela {exercise}', 'começa pelo {exercise}', 'pula para {exercise}', 'vai para {exercise}',
      'me ajuda a fazer {exercise}', 'praticar {exercise}',
    ],
    StartRoutineIntent: [
      'começar a rotina {routine}', 'comece a rotina {routine}', 'começa a rotina {routine}',
      'iniciar a rotina {routine}', 'inicia a rotina {routine}', 'fazer a rotina {routine}',
      'vamos fazer a rotina {routine}', 'bora fazer a rotina {routine}', 'quero fazer a rotina {routine}',
      'rotina {routine}', 'a rotina {routine}', 'minha rotina {routine}', 'fazer minha rotina {routine}',
      'começar', 'começa', 'comece', 'iniciar', 'vamos começar', 'bora', 'bora começar', 'vamos nessa',
      'começar os alongamentos', 'começar a rotina', 'iniciar a rotina', 'vamos alongar', 'bora alongar',
      'quero me alongar', 'quero alongar', 'fazer meus alongamentos', 'começar meus alongamentos',
      'começar o treino', 'vamos começar o treino', 'fazer a rotina', 'começar agora',
    ],
    ListExercisesIntent: [
      'quais alongamentos tem', 'quais alongamentos você tem', 'quais são os alongamentos', 'quais exercícios tem',
      'quais exercícios você tem', 'quais são os exercícios', 'que alongamentos tem', 'que exercícios tem',
      'que alongamentos você conhece', 'que exercícios você conhece', 'quais alongamentos você conhece',
      'lista os alongamentos', 'liste os alongamentos', 'lista os exercícios', 'liste os exercícios',
      'me fala os alongamentos', 'me diga os alongamentos', 'me diz os alongamentos', 'fala a lista de alongamentos',
      'quais alongamentos eu posso fazer', 'que exercícios eu posso fazer', 'o que tem na rotina',
      'quais são as opções', 'lista de alongamentos', 'lista de exercícios',
    ],
    RemainingIntent: [
      'quantos faltam', 'quanto falta', 'falta muito', 'ainda falta muito', 'quantos ainda faltam',
      'quantos alongamentos faltam', 'quantos exercícios faltam', 'quanto tempo falta', 'quanto tempo ainda falta',
      'quantos minutos faltam', 'falta quanto', 'falta quanto tempo', 'já está acabando', 'tá acabando',
      'está acabando', 'estamos quase terminando', 'quantas repetições faltam', 'quanto ainda tem', 'o que falta',
      'o que ainda falta', 'quanto tempo até acabar', 'quantos ainda tem',
    ],
    SlowerIntent: [
      'mais devagar', 'devagar', 'vai mais devagar', 'vá mais devagar', 'fala mais devagar', 'fale mais devagar',
      'mais devagar por favor', 'devagar por favor', 'está rápido demais', 'tá rápido demais', 'muito rápido',
      'rápido demais', 'você está indo rápido demais', 'pode ir mais devagar', 'dá para ir mais devagar',
      'diminui o ritmo', 'diminua o ritmo', 'mais lento', 'vai com calma', 'com mais calma',
      'me dá mais tempo entre as repetições', 'mais tempo entre as repetições',
    ],
    LongerHoldsIntent: [
      'segurar mais tempo', 'segurar por mais tempo', 'quero segurar mais tempo', 'segura mais tempo',
      'posições mais longas', 'posição mais longa', 'mais tempo em cada posição', 'ficar mais tempo',
      'quero ficar mais tempo na posição', 'ficar mais tempo na posição', 'aumenta o tempo', 'aumentar o tempo',
      'aumenta o tempo das posições', 'alongamentos mais longos', 'alongamento mais longo',
      'deixa as posições mais longas', 'quero alongar por mais tempo', 'mais tempo no alongamento',
      'segurar um pouco mais',
    ],
    GentlerIntent: [
      'mais leve', 'mais fácil', 'uma versão mais leve', 'versão mais leve', 'a versão mais leve',
      'uma versão mais fácil', 'versão mais fácil', 'deixa mais leve', 'deixa mais fácil', 'pode deixar mais leve',
      'algo mais leve', 'algo mais fácil', 'tem uma versão mais leve', 'tem uma versão mais fácil',
      'está difícil demais', 'tá difícil demais', 'muito difícil', 'está muito difícil', 'tá muito difícil',
      'mais suave', 'uma versão mais suave', 'preciso de algo mais fácil', 'me dá uma versão mais leve', 'pega leve',
      'vamos mais leve', 'mais levinho',
    ],
    SkipIntent: [
      'pular', 'pula', 'pule', 'pula esse', 'pula este', 'pular esse', 'pular este', 'pula esse alongamento',
      'pula esse exercício', 'pular esse exercício', 'vamos pular esse', 'bora pular esse', 'não quero fazer esse',
      'não quero fazer este', 'esse não', 'este não', 'pode pular', 'prefiro pular esse', 'deixa esse pra lá',
      'não consigo fazer esse', 'passa esse',
    ],
    ProgressIntent: [
      'como estou indo', 'como eu estou indo', 'como tá meu progresso', 'como está meu progresso',
      'qual é meu progresso', 'meu progresso', 'me fala meu progresso', 'quantos dias seguidos',
      'quantos dias seguidos eu fiz', 'qual é minha sequência', 'minha sequência', 'quantos treinos essa semana',
      'quantos treinos eu fiz essa semana', 'quantos treinos eu fiz', 'quanto eu já alonguei',
      'quantos minutos eu já fiz', 'minhas estatísticas', 'quais são minhas estatísticas', 'como foi minha semana',
      'estou indo bem', 'tô indo bem', 'me mostra meu histórico',
    ],
    ForgetDataIntent: [
      'apaga meus dados', 'apague meus dados', 'apagar meus dados', 'apaga meu histórico', 'apague meu histórico',
      'apagar meu histórico', 'esquece meus dados', 'esqueça meus dados', 'esquece tudo sobre mim',
      'esqueça tudo sobre mim', 'esquece meu histórico', 'limpa meu histórico', 'limpar meu histórico',
      'limpa meus dados', 'deleta meus dados', 'deletar meu histórico', 'apaga tudo que você sabe sobre mim',
      'zera meu progresso', 'zerar meu progresso', 'apaga meu progresso', 'apaga meu histórico de alongamentos',
      'exclui meus dados', 'excluir meu histórico',
    ],

    'AMAZON.NextIntent': [
      'próximo', 'próxima', 'pronto', 'pronta', 'estou pronto', 'estou pronta', 'tô pronto', 'tô pronta', 'terminei',
      'acabei', 'feito', 'já fiz', 'próximo alongamento', 'próximo exercício', 'o próximo', 'vamos para o próximo',
      'passa para o próximo', 'segue', 'seguir', 'pode seguir', 'qual é o próximo', 'o que vem agora',
      'próximo por favor', 'ok próximo', 'beleza próximo', 'avança', 'avançar', 'tudo pronto', 'tudo certo',
      // The answers to "Já está em posição?".
      'estou em posição', 'tô em posição', 'já estou em posição', 'já tô em posição', 'em posição', 'já estou na posição',
      'já tô na posição', 'já estou', 'já tô', 'já tô pronto', 'já tô pronta', 'tô posicionado', 'tô posicionada',
      'ok pronto', 'beleza tô pronto', 'pode mandar', 'entendi',
    ],
    'AMAZON.PauseIntent': [
      'espera', 'espere', 'peraí', 'pera', 'pera aí', 'espera aí', 'espera um pouco', 'espera um segundo',
      'espera um minuto', 'um momento', 'só um momento', 'um minuto', 'um segundo', 'só um segundo',
      'me dá um minuto', 'me dá um segundo', 'calma aí', 'pausa', 'pausar', 'pause', 'dá uma pausa', 'faz uma pausa',
      'preciso de uma pausa', 'vamos fazer uma pausa', 'pausa o treino',
    ],
    'AMAZON.ResumeIntent': [
      'continuar', 'continua', 'continue', 'pode continuar', 'vamos continuar', 'bora continuar', 'voltei',
      'já voltei', 'estou de volta', 'tô de volta', 'retomar', 'retoma', 'vamos retomar', 'continuar o treino',
      'continuar os alongamentos', 'continuar de onde parou', 'continua por favor',
    ],
    'AMAZON.RepeatIntent': [
      'repete', 'repita', 'repetir', 'fala de novo', 'fale de novo', 'diz de novo', 'diga de novo', 'de novo',
      'pode repetir', 'repete por favor', 'o que você disse', 'como é que é', 'não entendi', 'repete as instruções',
      'repete os passos', 'fala outra vez',
    ],
    'AMAZON.PreviousIntent': [
      'voltar', 'volta', 'volte', 'anterior', 'o anterior', 'alongamento anterior', 'exercício anterior', 'volta um',
      'volta para o anterior', 'voltar para o anterior', 'o de antes', 'o último',
    ],
    'AMAZON.StartOverIntent': [
      'começar de novo', 'começa de novo', 'recomeçar', 'recomeça', 'reiniciar', 'reinicia', 'começar do início',
      'começa do começo', 'voltar para o início', 'volta para o começo', 'do começo', 'do início',
      'recomeçar a rotina', 'começar a rotina de novo', 'vamos recomeçar',
    ],
    'AMAZON.YesIntent': [
      'sim', 'sim por favor', 'quero', 'claro', 'claro que sim', 'pode ser', 'pode', 'com certeza', 'isso',
      'isso mesmo', 'ok', 'tá bom', 'está bem', 'beleza', 'tudo bem', 'vamos', 'aham', 'uhum', 'positivo', 'quero sim',
      'acho que sim', 'sim tenho', 'tenho sim', 'tô sim', 'estou sim',
    ],
    'AMAZON.NoIntent': [
      'não', 'não obrigado', 'não obrigada', 'não quero', 'agora não', 'nem pensar', 'negativo', 'não precisa',
      'de jeito nenhum', 'acho que não', 'não valeu',
      // Answers to the pain check's questions: "não dói" is no, not a new pain report.
      'não dói', 'não tá doendo', 'não está doendo', 'não doeu', 'nada disso', 'não tenho nada disso', 'não tô com nada disso',
      'não estou com nada disso', 'nenhum', 'nenhuma', 'nenhum desses', 'nenhuma dessas', 'não tenho nada', 'nada', 'não nada',
    ],
    'AMAZON.StopIntent': [
      'parar', 'pare', 'para', 'chega', 'sair', 'sai', 'tchau', 'encerrar', 'terminar', 'acabou', 'já chega',
      'pode parar', 'para por hoje', 'parar por hoje', 'chega por hoje', 'desligar',
    ],
    'AMAZON.CancelIntent': [
      'cancelar', 'cancela', 'cancele', 'deixa pra lá', 'deixa para lá', 'esquece', 'esquece isso', 'deixa quieto',
    ],
    'AMAZON.HelpIntent': [
      'ajuda', 'me ajuda', 'preciso de ajuda', 'ajuda por favor', 'o que eu posso dizer', 'o que eu falo',
      'o que posso fazer', 'como funciona', 'como isso funciona', 'o que você faz', 'quais são os comandos',
    ],
  },

  slotValues: {
    ExerciseType: exerciseWords(exerciseTexts, EXERCISE_SYNONYMS, (phrase) => [phrase, phrase.replace(ARTICLE, '')]),
    RoutineType: {
      default: {
        value: 'de sempre',
        synonyms: ['padrão', 'normal', 'diária', 'do dia a dia', 'básica', 'principal', 'de todo dia', 'habitual', 'comum'],
      },
      chair: {
        value: 'na cadeira',
        synonyms: [
          'cadeira', 'da cadeira', 'de cadeira', 'sentado', 'sentada', 'de escritório', 'do escritório', 'no escritório',
          'na mesa', 'de mesa', 'do trabalho', 'no trabalho',
        ],
      },
      floor: {
        value: 'no chão',
        synonyms: [
          'chão', 'do chão', 'de chão', 'no colchonete', 'de colchonete', 'no tapete', 'de tapete', 'deitado', 'deitada',
          'de solo', 'no solo',
        ],
      },
      full: {
        value: 'completa',
        synonyms: ['inteira', 'toda', 'longa', 'comprida', 'mais longa', 'completinha', 'total', 'com todos', 'com os catorze'],
      },
    },
    PainKindType: {
      sharp: {
        value: 'aguda',
        synonyms: [
          'dor aguda', 'uma dor aguda', 'pontada', 'uma pontada', 'fisgada', 'uma fisgada', 'choque', 'um choque',
          'choque elétrico', 'facada', 'uma facada', 'queimação', 'ardida', 'ardendo', 'queimando', 'latejando',
          'latejante', 'repentina', 'de repente', 'forte', 'muito forte', 'intensa', 'insuportável', 'muito ruim',
          'cortante', 'pinçada', 'um pinçamento', 'pinçamento',
        ],
      },
      mild: {
        value: 'alongamento',
        synonyms: [
          'um alongamento', 'alongamento forte', 'um alongamento forte', 'alongando', 'puxando', 'repuxando', 'puxão',
          'um puxão', 'tensão', 'uma tensão', 'incômodo', 'um incômodo', 'incomodando', 'dolorido', 'dor leve',
          'uma dor leve', 'leve', 'fraca', 'dor fraca', 'dor chata', 'uma dor chata', 'chata', 'tenso', 'rígido',
          'rigidez', 'travado', 'desconfortável', 'desconforto', 'nada demais', 'não muito forte', 'suportável',
        ],
      },
    },
    BodyPartType: BODY_PARTS,
  },

  phrasing: {
    launch: ['abrir {name}', 'abra {name}', 'abre {name}', 'iniciar {name}', 'inicie {name}', 'começar {name}', 'comece {name}'],
    request: [
      'pergunte ao {name} {request}', 'pergunta pro {name} {request}', 'pergunte para o {name} {request}',
      'peça ao {name} para {request}', 'peça para o {name} {request}', 'pede pro {name} {request}',
    ],
    forbiddenInInvocationName: [
      'abrir', 'abra', 'abre', 'iniciar', 'inicie', 'inicia', 'começar', 'comece', 'começa', 'jogar', 'jogue', 'tocar',
      'toque', 'usar', 'use', 'pedir', 'peça', 'pede', 'perguntar', 'pergunte', 'pergunta', 'dizer', 'diga', 'diz',
      'falar', 'fale', 'fala', 'habilitar', 'habilite', 'ativar', 'ative', 'carregar', 'carregue', 'executar',
      'execute',
      'a', 'o', 'as', 'os', 'ao', 'à', 'um', 'uma', 'para', 'pra', 'pro', 'por', 'que', 'se', 'sobre', 'com', 'no',
      'na', 'em', 'e',
      'alexa', 'amazon', 'echo', 'computador', 'skill', 'app', 'aplicativo',
    ],
    spaced: true,
  },

  publishing: {
    name: 'Alongamento de Costas',
    summary: 'Um treinador por voz para alongamentos suaves da parte de cima e do meio das costas, passo a passo, sem usar as mãos.',
    description:
      'O Alongamento de Costas guia você, só pela voz, em alongamentos suaves para a parte de cima e o meio das costas, quando elas estão rígidas ou cansadas. Assim, você pode fechar os olhos e ficar com as mãos livres. Escolha uma rotina curta na cadeira, uma rotina no chão, num colchonete, ou a série completa de catorze alongamentos. Ou pergunte como se faz um alongamento, como a postura da cobra, a postura da criança ou a postura da agulha. A skill explica cada alongamento passo a passo, conta o tempo das posições e das repetições, e a qualquer momento você pode pedir mais devagar, posições mais longas, uma versão mais leve, pular ou pausar.\n\nAlongue só até sentir uma tensão leve, nunca dor. Se alguma coisa doer, pare e diga "está doendo": a skill para na hora e pergunta como você está.',
    disclaimer:
      'Importante: o Alongamento de Costas oferece apenas informações gerais sobre exercícios. Ele não dá orientação médica e não substitui o aconselhamento, o diagnóstico ou o tratamento de um profissional de saúde. Converse com seu médico antes de começar uma nova rotina de exercícios, principalmente se você teve uma lesão ou uma cirurgia recente ou está grávida, e pare se alguma coisa doer. Se você tiver dor no peito, falta de ar, dormência ou fraqueza nas pernas, ou qualquer outra emergência, ligue imediatamente para o Samu, no 192, ou para o número de emergência local.',
    examplePhrases: [
      'Alexa, abrir alongamento de costas',
      'Alexa, pergunte ao alongamento de costas como faz a postura da cobra',
      'Alexa, peça ao alongamento de costas para começar a rotina na cadeira',
    ],
    keywords: ['alongamento', 'alongamentos', 'costas', 'coluna', 'postura', 'ioga', 'yoga', 'mobilidade', 'exercício', 'escritório'],
  },
};
