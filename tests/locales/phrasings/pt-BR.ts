import type { PainPhrasings } from './types';

export const phrasings: PainPhrasings = {
  pain: [
    'tô com as costas doendo', 'dor nas costas', 'ai minhas costas', 'dói o ombro', 'dói aqui no ombro', 'tá doendo muito a lombar',
    'meu joelho direito tá doendo', 'dei um mau jeito no pescoço', 'senti uma fisgada na lombar', 'minhas costas travaram',
    'dor entre as omoplatas', 'meu pescoço tá doendo', 'minha lombar tá me matando', 'tô com dor nas costas', 'estou com dor no ombro',
    'senti uma pontada nas costas', 'deu uma fisgada no ombro', 'ai ai meu pescoço', 'ui o joelho', 'ai meu deus minhas costas',
    'nossa minha coluna', 'machuquei o ombro', 'acho que machuquei as costas', 'me machuquei no joelho', 'travei o pescoço',
    'estalou minhas costas', 'alguma coisa estalou no ombro', 'dor no meio das costas', 'dor na parte de cima das costas',
    'tá doendo na lombar', 'tô sentindo uma dor no quadril', 'sinto uma dor na nuca', 'minha coluna tá doendo muito',
    'meus ombros estão doendo', 'minhas costas começaram a doer', 'meu ombro voltou a doer', 'doeu o pescoço', 'doendo aqui na lombar',
    'tô com o pescoço dolorido', 'tô com as costas doloridas', 'estou com muita dor nas costas', 'uma dor forte na coluna',
    'dor de cabeça', 'tô com dor de coluna', 'meu braço dói', 'minha mão tá doendo', 'meu quadril tá doendo', 'que dor nas costas',
    'uma pontada', 'fisgada', 'tá ardendo nas costas', 'arde no ombro', 'minhas costelas doem',
  ],
  redFlag: [
    'dor no peito', 'meu peito dói', 'aperto no peito', 'falta de ar', 'tô sem ar', 'formigamento', 'dormência', 'meus dedos estão dormentes',
    'vou desmaiar', 'suor frio', 'enjoo', 'uma dor rasgando', 'dor no coração', 'fraqueza nas pernas',
  ],
  urgent: ['levei um tombo', 'tô com febre', 'caí', 'tive um acidente', 'me acorda de noite', 'emagreci sem querer'],
  unsure: ['não sei', 'sei lá', 'não tenho certeza', 'talvez', 'não faço ideia', 'sei não'],
};
