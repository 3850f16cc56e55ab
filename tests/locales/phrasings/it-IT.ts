import type { PainPhrasings } from './types';

export const phrasings: PainPhrasings = {
  pain: [
    'Ahi, la schiena!', 'Ahia, il collo.', 'Ahi ahi, la mia schiena.', 'Mi fa male il collo.', 'Mi fanno male le ginocchia.',
    "Mi fa male l'anca.", 'Mi fa male tra le scapole.', 'Mi fa malissimo la spalla.', 'Mi fanno malissimo le spalle.',
    'Mi fa un male cane la schiena.', 'La schiena mi sta ammazzando.', 'Il collo mi fa male.', 'Le spalle mi fanno male.',
    'Ho male alla schiena.', 'Ho un dolore alla spalla.', 'Ho un forte dolore al collo.', 'Sento un dolore al ginocchio.',
    'Sento dolore alla parte bassa della schiena.', 'Ho una fitta alla schiena.', 'Sento una fitta tra le scapole.',
    'Mi è venuta una fitta al fianco.', 'Ho un crampo al polpaccio.', 'Mi è venuto un crampo alla coscia.',
    'Ho mal di reni.', 'Ho la cervicale bloccata.', 'Ho la schiena a pezzi.', 'Ho il collo bloccato.',
    'Mi si è bloccata la schiena.', 'Mi sono bloccato la schiena.', 'Mi sono fatta male al polso.',
    'Credo di essermi fatto male alla spalla.', 'Mi sono storta la caviglia.', 'Mi fa ancora male il ginocchio.',
    'Mi fa di nuovo male la schiena.', 'Mi sta facendo male il gomito.', 'Mi ha fatto male la spalla.', 'Mi duole il fianco.',
    'Mi brucia la spalla.', 'Mi tira il collo.', 'Dolore alla schiena.', 'Ahi, mi fa male il braccio.',
    'Che male alla schiena!', 'Ho sentito uno strappo alla coscia.', 'Ho sentito un crac alla schiena.',
    'La schiena ha fatto crac.', 'Mi fa molto male la zona lombare.', 'Mi fa male la cervicale.', 'Ho la schiena indolenzita.',
    'Ohi, il ginocchio.', 'Una fitta alla spalla.', 'Che mal di schiena.', 'Una fitta',
  ],
  redFlag: [
    'Dolore al petto.', 'Mi fa male il petto.', 'Ho male al petto.', 'Oppressione al petto.', 'Un peso sul petto.',
    'Fatica a respirare.', "Mi manca l'aria.", 'Formicolio.', 'Intorpidimento.', 'Ho le gambe intorpidite.', 'Mi sento svenire.',
    'Sudori freddi.', 'Ho la nausea.', 'Un dolore lacerante tra le scapole.', 'Mi fa male il cuore.',
  ],
  urgent: ['Sono caduta.', 'Ho fatto una caduta.', 'Ho la febbre.', 'Mi sveglia di notte.', 'Ho perso peso.', 'Un incidente in macchina.'],
  unsure: ['Non lo so.', 'Boh.', 'Non saprei.', 'Forse.', 'Non sono sicuro.', 'Può darsi.', 'Non ne ho idea.'],
};
