/**
 * skill-package/skill.json, generated: the skill's settings here, each locale's store listing from its
 * model in models/locales/. models/generate.ts writes it; a test fails when the committed file is stale.
 */
import { LOCALES, localeModel } from './build';

export const MANIFEST_PATH = 'skill-package/skill.json';

/** The Lambda function a deploy replaces this placeholder with. */
const ENDPOINT_PLACEHOLDER = 'arn:aws:lambda:us-east-1:000000000000:function:back-stretches';

const TESTING_INSTRUCTIONS =
  'No account linking or device permissions are needed. Say "Alexa, open my back stretches": the default routine starts ' +
  'and the skill counts the holds; say "next" between exercises, or "start the chair routine". During a hold, say ' +
  '"Alexa, it hurts" to test the pain check: the skill stops, asks about warning symptoms (answer yes or no), then ' +
  'asks whether the pain is sharp or more like a strong stretch. Also try "how to do cobra", "slower", "longer holds", ' +
  '"an easier version", "skip", "wait", "continue", "how many are left", "how am I doing", "delete my history" and ' +
  '"stop". Saying a symptom such as "I have chest pain" ends the session with advice to get medical help. The next day, ' +
  'a routine stopped half way is offered again ("Pick up there?").';

/** The screens lambda/screen/exercise-document.json has layouts for: round and landscape hubs, TVs, phones and tablets. */
const VIEWPORTS = [
  { mode: 'HUB', shape: 'ROUND', minWidth: 100, maxWidth: 599, minHeight: 100, maxHeight: 599 },
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 600, maxWidth: 1279, minHeight: 100, maxHeight: 599 },
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 1280, maxWidth: 1920, minHeight: 600, maxHeight: 1279 },
  { mode: 'TV', shape: 'RECTANGLE', minWidth: 960, maxWidth: 960, minHeight: 540, maxHeight: 540 },
  { mode: 'MOBILE', shape: 'RECTANGLE', minWidth: 100, maxWidth: 1279, minHeight: 100, maxHeight: 1920 },
];

export function buildManifest(): object {
  const locales = Object.fromEntries(
    LOCALES.map((locale) => {
      const { publishing } = localeModel(locale);
      return [locale, {
        name: publishing.name,
        summary: publishing.summary,
        description: `${publishing.description}\n\n${publishing.disclaimer}`,
        examplePhrases: [...publishing.examplePhrases],
        keywords: [...publishing.keywords],
      }];
    }),
  );
  return {
    manifest: {
      manifestVersion: '1.0',
      publishingInformation: {
        locales,
        isAvailableWorldwide: true,
        testingInstructions: TESTING_INSTRUCTIONS,
        category: 'HEALTH_AND_FITNESS',
        distributionCountries: [],
      },
      privacyAndCompliance: {
        allowsPurchases: false,
        usesPersonalInfo: false,
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
      },
      apis: { custom: { endpoint: { uri: ENDPOINT_PLACEHOLDER }, interfaces: [{ type: 'ALEXA_PRESENTATION_APL', supportedViewports: VIEWPORTS }] } },
    },
  };
}

export function manifestFileText(): string {
  return `${JSON.stringify(buildManifest(), null, 2)}\n`;
}
