import type { ExerciseTexts } from '../exercise-text';

/**
 * Brazilian Portuguese texts for the fourteen exercises, written to be heard by someone on the floor:
 * short sentences, one action each, no digits or symbols.
 *
 * Conventions (beyond those of the English texts):
 * - `name` carries its article ("a postura da cobra", "os braços de águia"), because Portuguese needs one
 *   whose gender depends on the name. The messages therefore never put a preposition right before
 *   {{exercise}} ("de a", "em a" would have to contract), and never make it the subject of a verb that
 *   would have to agree with it ("doeu" or "doeram").
 * - Names are the ones Brazilian yoga and pilates classes use: "postura da criança", "pinça em pé",
 *   "postura do cachorrinho", "postura da agulha".
 * - Instructions use the "você" imperative ("deite", "puxe o ar") and nothing that agrees with the
 *   listener's gender ("sentado", "pronta"); positions are said as "de bruços", "em quatro apoios".
 * - "Omoplatas" rather than "escápulas", "lombar" for the lower back: the words people use at home.
 */
export const pt: ExerciseTexts = {
  seated_spinal_twist: {
    name: 'a torção sentada',
    title: 'Torção Sentada',
    position: 'numa cadeira',
    needs: 'Você precisa de uma cadeira firme, ou pode fazer no chão, de pernas cruzadas.',
    steps: [
      'Sente-se com a coluna reta numa cadeira firme, com os pés apoiados no chão. Ou sente no chão, de pernas cruzadas.',
      'Puxe o ar e cresça, como se o alto da cabeça subisse. Entre uma repetição e outra, você volta para o centro.',
      'Solte o ar e gire o peito para a direita.',
      'Apoie a mão esquerda no joelho direito. Coloque a mão direita na cadeira ou no chão, atrás de você.',
      'Gire só até sentir um alongamento leve no meio das costas. Mantenha o quadril parado, bem apoiado.',
      'Fique aí e respire.',
    ],
    caution:
      'Gire a partir das costelas, e não do pescoço. Não use os braços para forçar o giro. Se sentir qualquer dor, volte um pouco.',
    gentler: [
      'Sente-se com a coluna reta numa cadeira firme, com os pés apoiados no chão.',
      'Cruze os braços na frente do peito, em vez de usar as mãos.',
      'Gire o peito só um pouquinho, até sentir um alongamento leve.',
      'Fique aí e respire.',
    ],
    sides: {
      right: 'Primeiro, gire para a direita.',
      left: 'Agora gire para a esquerda. A mão direita vai no joelho esquerdo, e a mão esquerda vai atrás de você.',
    },
  },

  locust: {
    name: 'a postura do gafanhoto',
    title: 'Postura do Gafanhoto',
    position: 'de bruços',
    needs: 'Você precisa de um colchonete ou de um tapete macio.',
    steps: [
      'Deite de bruços, com a testa apoiada no colchonete. Entre uma subida e outra, você volta a descansar no chão.',
      'Deixe as pernas esticadas, afastadas na largura do quadril. Deixe os braços ao lado do corpo, com as palmas das mãos para baixo.',
      'Pressione o peito dos pés e o quadril contra o chão.',
      'Puxe o ar e tire a cabeça, o peito e os braços um pouco do chão. Use os músculos entre as omoplatas.',
      'Mantenha o olhar no chão. Fique aí e respire.',
    ],
    caution:
      'Vá só até onde conseguir sem forçar. Não faça este se você estiver grávida, ou se ficar de bruços causar dor.',
    gentler: [
      'Deite de bruços, com a testa no colchonete e os braços ao lado do corpo.',
      'Deixe as mãos espalmadas no chão e o quadril bem apoiado.',
      'Puxe o ar e levante só o peito, bem pouquinho.',
      'Fique aí e respire.',
    ],
  },

  revolved_triangle: {
    name: 'o triângulo invertido',
    title: 'Triângulo Invertido',
    position: 'em pé',
    needs: 'Você precisa de espaço para ficar em pé, e uma cadeira firme na sua frente ajuda no equilíbrio.',
    steps: [
      'Fique em pé com o pé direito à frente, e os pés afastados mais ou menos o comprimento de uma perna. Vire o pé de trás um pouco para dentro, e deixe o quadril virado para a frente.',
      'Coloque as mãos na cintura. Puxe o ar e alongue a coluna.',
      'Solte o ar e incline o tronco para a frente, dobrando no quadril. Mantenha as costas longas. Se precisar, dobre um pouco o joelho da frente.',
      'Apoie a mão esquerda na canela direita ou no assento da cadeira. Gire o peito para a direita. Estique o braço direito para cima, ou deixe a mão na cintura.',
      'Quando o tempo acabar, suba devagar, com as costas longas.',
      'Fique aí e respire.',
    ],
    caution:
      'Esta postura inclina e gira ao mesmo tempo, e isso não combina com todas as costas. Vá devagar. Não faça se o seu equilíbrio estiver ruim, ou se a lombar começar a incomodar.',
    gentler: [
      'Fique em pé de frente para uma cadeira firme, com um pé um passo curto à frente do outro.',
      'Incline o tronco para a frente e apoie as duas mãos no assento da cadeira. Dobre um pouco o joelho da frente.',
      'Gire o peito só um pouco, na direção da perna da frente. Mantenha as duas mãos na cadeira.',
      'Fique aí e respire.',
    ],
    sides: {
      right: 'Comece com o pé direito à frente, girando para a direita.',
      left: 'Agora leve o pé esquerdo à frente. Apoie a mão direita na canela esquerda ou na cadeira, e gire o peito para a esquerda.',
    },
  },

  standing_forward_bend: {
    name: 'a pinça em pé',
    title: 'Pinça em Pé',
    position: 'em pé',
    needs: 'Você não precisa de nada, mas uma cadeira na sua frente serve de apoio para as mãos.',
    steps: [
      'Fique em pé, com os pés afastados na largura do quadril e os joelhos levemente dobrados.',
      'Puxe o ar e cresça. Solte o ar e desça o tronco para a frente, dobrando no quadril, com a coluna longa.',
      'Dobre os joelhos o quanto quiser. Apoie as mãos nas coxas, nas canelas, numa cadeira ou no chão.',
      'Deixe a cabeça e o pescoço bem soltos.',
      'Quando o tempo acabar, dobre os joelhos, apoie as mãos nas coxas e suba devagar. A cabeça sobe por último.',
      'Fique aí e respire.',
    ],
    caution:
      'Suba devagar, porque pode dar tontura. Deixe as mãos nas coxas se você tem pressão alta, ou se inclinar para a frente piora um problema de disco na coluna.',
    gentler: [
      'Fique em pé, com os pés afastados na largura do quadril e os joelhos bem dobrados.',
      'Incline o tronco para a frente só um pouco. Apoie as mãos nas coxas ou no encosto de uma cadeira.',
      'Deixe a cabeça solta. Na hora de subir, mantenha as mãos nas coxas e suba devagar.',
      'Fique aí e respire.',
    ],
  },

  eagle_arms: {
    name: 'os braços de águia',
    title: 'Braços de Águia',
    position: 'na cadeira ou em pé',
    needs: 'Você não precisa de nada.',
    steps: [
      'Sente-se ou fique em pé, com a coluna reta e os ombros relaxados.',
      'Estique os dois braços à sua frente, na altura dos ombros.',
      'Cruze o braço direito por cima do esquerdo, na altura dos cotovelos.',
      'Dobre os cotovelos e junte as palmas das mãos. Se elas não se encontrarem, encoste as costas das mãos.',
      'Levante um pouco os cotovelos e afaste os braços do peito, com suavidade. Sinta o alongamento entre as omoplatas.',
      'Fique aí e respire, levando o ar para a parte de cima das costas.',
    ],
    caution: 'Se sentir uma fisgada no ombro, cruze os braços e abrace os próprios ombros.',
    gentler: [
      'Sente-se ou fique em pé, com a coluna reta e os ombros relaxados.',
      'Cruze os braços na frente do peito e segure os ombros opostos, como num abraço.',
      'Deixe as omoplatas se afastarem uma da outra.',
      'Fique aí e respire, levando o ar para a parte de cima das costas.',
    ],
    sides: {
      right: 'Comece com o braço direito por cima.',
      left: 'Agora cruze ao contrário, com o braço esquerdo por cima.',
    },
  },

  puppy_pose: {
    name: 'a postura do cachorrinho',
    title: 'Postura do Cachorrinho',
    position: 'de joelhos no chão',
    needs: 'Você precisa de um colchonete ou de um tapete macio, e, se quiser, de uma almofada para os joelhos ou para a testa.',
    steps: [
      'Comece em quatro apoios, com os joelhos embaixo do quadril.',
      'Caminhe com as mãos alguns passos para a frente. Mantenha o quadril em cima dos joelhos.',
      'Deixe o peito descer devagar em direção ao chão. Apoie a testa no chão ou numa almofada.',
      'Deixe a gravidade fazer o trabalho.',
      'Quando o tempo acabar, volte com as mãos e sente sobre os calcanhares.',
      'Agora é só ficar aí, relaxar e respirar.',
    ],
    caution:
      'Se os ombros ou os joelhos reclamarem, leve o quadril para trás, em direção aos calcanhares, e fique na postura da criança. Coloque uma almofada embaixo dos joelhos.',
    gentler: [
      'Comece em quatro apoios, com uma almofada embaixo dos joelhos.',
      'Caminhe com as mãos só um pouco para a frente.',
      'Deixe o quadril ir para trás, em direção aos calcanhares, para o peito descer só um pouquinho.',
      'Relaxe a cabeça e respire.',
    ],
  },

  thread_the_needle: {
    name: 'a postura da agulha',
    title: 'Postura da Agulha',
    position: 'em quatro apoios',
    needs: 'Você precisa de um colchonete ou de um tapete macio, e, se quiser, de uma almofada para a cabeça.',
    steps: [
      'Comece em quatro apoios, com as mãos embaixo dos ombros e os joelhos embaixo do quadril.',
      'Puxe o ar. Se for confortável, leve o braço direito para cima, em direção ao teto.',
      'Solte o ar e passe o braço direito por baixo do braço esquerdo, com a palma da mão virada para cima.',
      'Apoie o ombro direito e a lateral da cabeça no chão ou numa almofada. Mantenha o quadril em cima dos joelhos.',
      'Quando o tempo acabar, empurre o chão com a mão esquerda para voltar.',
      'Fique aí e respire.',
    ],
    caution:
      'Não jogue o peso do corpo no pescoço. Pare se sentir dor no ombro ou formigamento no braço.',
    gentler: [
      'Comece em quatro apoios, com uma almofada no chão à sua frente.',
      'Passe o braço por baixo do corpo só até a metade, com a palma da mão virada para cima.',
      'Apoie a cabeça na almofada. Deixe quase todo o peso na outra mão e nos joelhos.',
      'Fique aí e respire.',
    ],
    sides: {
      right: 'O braço direito passa por baixo primeiro.',
      left: 'Agora passe o braço esquerdo por baixo do braço direito. Para voltar, empurre o chão com a mão direita.',
    },
  },

  childs_pose: {
    name: 'a postura da criança',
    title: 'Postura da Criança',
    position: 'de joelhos no chão',
    needs: 'Você precisa de um colchonete ou de um tapete macio, e de um travesseiro, se os joelhos pedirem.',
    steps: [
      'Comece em quatro apoios. Entre uma repetição e outra, você volta para esta posição.',
      'Deixe as mãos onde estão. Leve o quadril devagar para trás, em direção aos calcanhares.',
      'Deixe os braços esticados à frente, no chão.',
      'Abaixe a testa em direção ao chão, se for confortável.',
      'Pare quando sentir um alongamento suave ao longo das costas. Fique aí e respire.',
    ],
    caution: 'Se os joelhos estiverem doloridos, afaste mais os joelhos, ou coloque um travesseiro entre o quadril e os calcanhares.',
    gentler: [
      'Comece em quatro apoios, com os joelhos bem afastados.',
      'Coloque um travesseiro entre o quadril e os calcanhares.',
      'Leve o quadril para trás só até a metade, até sentir um alongamento suave.',
      'Apoie a testa nas mãos ou num travesseiro, e respire.',
    ],
  },

  sitting_rotation: {
    name: 'a rotação de tronco',
    title: 'Rotação de Tronco',
    position: 'numa cadeira com braços',
    needs: 'Você precisa de uma cadeira firme com braços.',
    steps: [
      'Sente-se com a coluna reta numa cadeira firme com braços. Mantenha os pés apoiados no chão.',
      'Coloque as duas mãos no braço esquerdo da cadeira.',
      'Gire o tronco com suavidade para a esquerda.',
      'Mantenha a cabeça alinhada com o peito. Não comece o giro pelo pescoço.',
      'Entre uma repetição e outra, você volta para o centro.',
      'Fique aí e respire.',
    ],
    caution: 'Gire só até sentir um alongamento confortável. Não use os braços para forçar o giro.',
    gentler: [
      'Sente-se com a coluna reta, os pés apoiados no chão e as mãos sobre as coxas.',
      'Gire o tronco só um pouco, até sentir um alongamento leve.',
      'Mantenha a cabeça alinhada com o peito.',
      'Fique aí e respire.',
    ],
    sides: {
      left: 'Gire para a esquerda, com as duas mãos no braço esquerdo da cadeira.',
      right: 'Agora gire para a direita, com as duas mãos no braço direito da cadeira.',
    },
  },

  head_stretch: {
    name: 'o alongamento do pescoço',
    title: 'Alongamento do Pescoço',
    position: 'numa cadeira',
    needs: 'Você precisa de uma cadeira.',
    steps: [
      'Sente-se numa cadeira, com as costas retas e os ombros relaxados.',
      'Entrelace os dedos atrás da cabeça.',
      'Continue respirando com calma. Deixe as mãos levarem a cabeça para a frente, com suavidade.',
      'Leve o queixo devagar em direção ao peito, até sentir um alongamento no meio das costas.',
      'Entre uma repetição e outra, levante a cabeça devagar e descanse as mãos.',
      'Fique aí e respire.',
    ],
    caution:
      'Só guie a cabeça, nunca puxe, porque o peso das mãos já basta. Pare se sentir formigamento ou dormência nos braços.',
    gentler: [
      'Sente-se com a coluna reta e as mãos apoiadas no colo.',
      'Deixe o queixo descer devagar em direção ao peito, sem ajuda das mãos.',
      'Pare quando sentir um alongamento leve na parte de cima das costas.',
      'Fique aí e respire.',
    ],
  },

  cat_stretch: {
    name: 'a postura do gato',
    title: 'Postura do Gato',
    position: 'em quatro apoios',
    needs: 'Você precisa de um colchonete ou de um tapete macio.',
    steps: [
      'Comece em quatro apoios, com os punhos embaixo dos ombros e os joelhos embaixo do quadril.',
      'Deixe as costas retas.',
      'Quando soltar o ar, arredonde as costas para cima, em direção ao teto, como um gato assustado. Deixe a cabeça cair com suavidade.',
      'Quando puxar o ar, deixe as costas descerem e a barriga afundar um pouco em direção ao chão. Levante o olhar.',
      'Faça devagar, uma respiração para cada movimento. Eu vou avisando cada um.',
    ],
    caution:
      'Fique num movimento confortável, e afunde pouco a barriga se a sua lombar for sensível. Se os punhos doerem, apoie as mãos fechadas ou os antebraços.',
    gentler: [
      'Comece em quatro apoios. Se os punhos doerem, apoie os antebraços no chão.',
      'Quando soltar o ar, arredonde as costas só um pouquinho.',
      'Quando puxar o ar, deixe as costas voltarem a ficar retas, sem afundar.',
      'Faça cada movimento pequeno e devagar. Eu vou avisando cada um.',
    ],
    cues: {
      round: 'Solte o ar e arredonde as costas.',
      arch: 'Puxe o ar e deixe as costas descerem.',
    },
  },

  passive_backbend: {
    name: 'a extensão com toalha',
    title: 'Extensão com Toalha',
    position: 'de barriga para cima',
    needs: 'Você precisa de uma toalha de banho ou de um travesseiro firme, e de outro travesseiro para a cabeça, se quiser.',
    steps: [
      'Enrole uma toalha de banho, formando um rolo firme. Um travesseiro firme também serve.',
      'Sente-se no chão, com os joelhos dobrados e os pés apoiados.',
      'Deite para trás devagar, de modo que o rolo fique atravessado nas costas, logo abaixo das omoplatas.',
      'Apoie a cabeça num travesseiro se sentir o pescoço forçado. Deixe os braços descansarem abertos para os lados.',
      'Quando o tempo acabar, role para o lado e use as mãos para se levantar.',
      'Relaxe e deixe a parte de cima das costas se acomodar sobre o rolo. Respire devagar.',
    ],
    caution:
      'Tire o rolo se sentir uma dor aguda ou formigamento. Se você tem osteoporose, converse com seu médico antes de fazer este.',
    gentler: [
      'Use um rolo mais fino, ou uma toalha dobrada, bem achatada.',
      'Deite por cima, com os joelhos dobrados e um travesseiro embaixo da cabeça.',
      'Fique só enquanto estiver confortável. Você pode rolar para o lado e sair a qualquer momento.',
      'Relaxe e respire devagar.',
    ],
  },

  cobra_stretch: {
    name: 'a postura da cobra',
    title: 'Postura da Cobra',
    position: 'de bruços',
    needs: 'Você precisa de um colchonete ou de um tapete macio.',
    steps: [
      'Deite de bruços. Coloque as mãos embaixo dos ombros, como se fosse fazer uma flexão de braço. Mantenha os cotovelos perto do corpo.',
      'Pressione o quadril e o peito dos pés contra o chão.',
      'Puxe o ar e levante devagar a cabeça e os ombros, usando os músculos das costas. As mãos estão ali só para dar apoio.',
      'Mantenha o quadril no chão e os ombros longe das orelhas.',
      'Entre uma repetição e outra, você desce devagar.',
      'Fique aí e respire.',
    ],
    caution: 'Pare se sentir um pinçamento na lombar. Evite este se você estiver grávida ou tiver hérnia.',
    gentler: [
      'Deite de bruços, com os cotovelos embaixo dos ombros e os antebraços apoiados no chão.',
      'Pressione o quadril contra o chão.',
      'Levante o peito com suavidade, apoiando-se nos antebraços. Mantenha os ombros longe das orelhas.',
      'Fique aí e respire.',
    ],
  },

  bridge_stretch: {
    name: 'a ponte',
    title: 'Ponte',
    position: 'de barriga para cima',
    needs: 'Você precisa de um colchonete ou de um tapete macio.',
    steps: [
      'Deite de barriga para cima, com os joelhos dobrados e os pés apoiados no chão, afastados na largura do quadril. Deixe os braços ao lado do corpo.',
      'Contraia de leve a barriga e os glúteos.',
      'Solte o ar e suba o quadril, até que ombros, quadril e joelhos formem uma linha reta. Não arqueie demais as costas.',
      'Apoie o peso nos ombros e nos pés. Se for confortável, entrelace as mãos no chão, embaixo de você.',
      'Entre uma repetição e outra, desça devagar, uma parte da coluna de cada vez, e descanse as mãos ao lado do corpo.',
      'Fique aí e respire.',
    ],
    caution:
      'Deixe o peso nos ombros, e não no pescoço. Não vire a cabeça enquanto o quadril estiver no alto. Desça se der cãibra na parte de trás das coxas.',
    gentler: [
      'Deite de barriga para cima, com os joelhos dobrados e os pés apoiados. Deixe os braços ao lado do corpo, com as palmas das mãos para baixo.',
      'Pressione os pés e as mãos no chão, com suavidade.',
      'Suba o quadril só um pouquinho do chão.',
      'Fique aí e respire.',
    ],
  },
};
