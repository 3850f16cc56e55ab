import type { PainPhrasings } from './types';

export const phrasings: PainPhrasings = {
  pain: [
    'me duele bien feo la espalda', 'me duele la espalda baja', 'me duele la cintura', 'ay güey mi espalda', 'híjole la rodilla',
    'traigo un dolor en el cuello', 'traigo dolor de espalda', 'ando con dolor de cabeza', 'me tronó la espalda',
    'me truena la rodilla', 'me punza el hombro', 'me dio un piquete en la espalda', 'sentí un piquete en el omóplato',
    'tengo la espalda lastimada', 'me lastimé el hombro', 'me lastimé feo la rodilla', 'me duele un chorro la espalda',
    'me duele horrible el cuello', 'me está doliendo mucho la espalda', 'me está doliendo bien feo el hombro',
    'me duele bien gacho la cadera', 'me duele el chamorro', 'me duelen las pompas', 'me duele mi espalda', 'mi espalda me duele',
    'mi cuello me está doliendo', 'me empezó a doler la espalda', 'me dolió el hombro', 'me volvió a doler la rodilla',
    'ay ay ay mi espalda', 'auch mi cuello', 'uy la cadera', 'tengo dolor en la espalda alta', 'siento un dolor en la rabadilla',
    'tengo la espalda adolorida', 'me duele un montón el cuello', 'me arde la espalda', 'me quema el hombro', 'como un piquete',
    'me molesta la rodilla', 'me duelen mucho los hombros', 'tengo un dolor fuerte en la espalda', 'dolor de cintura',
    'me duele bien fuerte la espalda', 'me dio un tirón en la pierna', 'me duele la quijada', 'sentí algo en la espalda',
    'me duele mi rodilla', 'me duele mucho la espalda baja',
  ],
  redFlag: [
    'dolor en el pecho', 'me duele el pecho', 'no puedo respirar', 'me falta el aire', 'tengo la pierna entumida',
    'se me entumen las manos', 'hormigueo', 'me quiero desmayar', 'sudor frío', 'ganas de vomitar', 'no puedo hacer pipí',
    'presión en el pecho',
  ],
  urgent: ['me caí', 'tengo calentura', 'tuve un choque', 'me duele en la noche', 'bajé de peso', 'me di un sentón'],
  unsure: ['no sé', 'quién sabe', 'la neta no sé', 'no estoy seguro', 'tal vez', 'a lo mejor'],
};
