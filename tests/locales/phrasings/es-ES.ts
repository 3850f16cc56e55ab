import type { PainPhrasings } from './types';

export const phrasings: PainPhrasings = {
  pain: [
    'me duelen las cervicales', 'me duelen los riñones', 'ay ay mi espalda', 'me ha dado un tirón en el cuello',
    'me ha dado un pinchazo en la zona lumbar', 'tengo las lumbares cargadas', 'tengo el cuello fatal', 'me duele fatal la espalda',
    'me he hecho daño en el hombro', 'uf la espalda', 'madre mía las rodillas', 'me duele un montón la paletilla',
    'me ha crujido la espalda', 'he notado un tirón en la pierna', 'me ha vuelto a doler el hombro',
    'me ha empezado a doler la parte alta de la espalda', 'dolor de cervicales', 'tengo dolor de riñones', 'me duele la zona lumbar',
    'noto un pinchazo entre las paletillas', 'siento un dolor en las costillas', 'me tira el cuello', 'me molestan las rodillas',
    'me arde la nuca', 'me duele muchísimo la cadera', 'la espalda me duele', 'los hombros me duelen', 'ay el cuello',
    'auch la rodilla', 'tengo un dolor fuerte en el omóplato', 'me dio un pinchazo en la espalda', 'me duele cantidad el cuello',
    'me han dolido las piernas', 'me duele horrores la espalda', 'tengo la espalda cargada', 'agujetas', 'como un pinchazo',
    'noto dolor en la ingle', 'tengo molestias en el trapecio', 'me duele el gemelo', 'sentí un crujido en la espalda',
    'algo me sonó en el hombro', 'me duele mucho la paletilla', 'me está doliendo el cuello', 'me están doliendo los pies',
    'me vuelve a doler la espalda', 'tengo un tirón en el muslo', 'me hice daño en la muñeca', 'me duele la espalda al estirar',
    'qué dolor de espalda', 'me duelen las lumbares',
  ],
  redFlag: [
    'dolor en el pecho', 'presión en el pecho', 'me falta el aire', 'hormigueo', 'se me duermen los dedos', 'me voy a desmayar',
    'sudor frío', 'náuseas', 'un dolor desgarrador', 'tengo la pierna acorchada', 'me duele el pecho', 'me duele el corazón',
    'debilidad', 'no controlo la orina',
  ],
  urgent: ['me he caído', 'tengo fiebre', 'tengo unas décimas', 'me despierta por la noche', 'he adelgazado', 'he tenido un accidente de coche'],
  unsure: ['no lo sé', 'no estoy segura', 'igual sí', 'ni idea', 'yo qué sé', 'a lo mejor'],
};
