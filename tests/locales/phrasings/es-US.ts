import type { PainPhrasings } from './types';

export const phrasings: PainPhrasings = {
  pain: [
    'ouch mi espalda', 'mi espalda me está matando', 'me está matando el cuello', 'me duele bien mucho la espalda',
    'me duele mucho mucho el hombro', 'me estoy lastimando la rodilla', 'me está matando el dolor de espalda', 'ouch la rodilla',
    'los hombros me están matando', 'me duele bien mucho mi cuello', 'me duele mi espalda', 'me duele la espalda baja',
    'me duele la cintura', 'me lastimé la espalda', 'creo que me lastimé el hombro', 'me duele bien feo el cuello',
    'traigo un dolor en la espalda', 'ay güey la espalda', 'me tronó el cuello', 'me punza la espalda',
    'me está doliendo mucho el hombro', 'me empezó a doler la rodilla', 'me volvió a doler la espalda', 'mi rodilla me duele',
    'mis rodillas me duelen', 'ay ay mis hombros', 'auch mi espalda', 'tengo dolor en la espalda', 'tengo dolor de cuello',
    'siento un dolor en el omóplato', 'tengo la espalda adolorida', 'me duele un montón la espalda', 'me duele horrible la cadera',
    'me arde el cuello', 'me molesta mucho el hombro', 'me duelen mucho las piernas', 'me dio un tirón en la espalda',
    'sentí un pinchazo en el cuello', 'dolor de espalda baja', 'me duele la espalda alta', 'me duele el codo',
    'me duele la muñeca', 'tengo la rodilla lastimada', 'me duele bien fuerte el cuello', 'me dolió la espalda', 'punzante',
    'uy mi espalda', 'me duele mucho la cintura', 'me está doliendo la espalda',
  ],
  redFlag: [
    'dolor en el pecho', 'me duele el pecho', 'me falta el aire', 'no puedo respirar', 'hormigueo', 'tengo la mano entumida',
    'me voy a desmayar', 'sudor frío', 'náuseas', 'presión en el pecho', 'no siento las piernas', 'dolor desgarrador',
  ],
  urgent: ['tuve un accidente de carro', 'me caí en el trabajo', 'tengo fiebre', 'tengo calentura', 'me despierta por la noche', 'he bajado de peso'],
  unsure: ['no sé', 'no estoy segura', 'quién sabe', 'tal vez', 'ni idea', 'puede ser'],
};
