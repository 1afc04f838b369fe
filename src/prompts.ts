// Loads prompts/ at start: messages.yaml (user-facing texts), system.md and answer.md (grounded prompts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateYaml } from './yaml-file.js';
import { z } from 'zod';
import type { GroundedPrompts } from './core/answer/model.js';
import type { Messages } from './core/messages.js';
import { FACETS, type Facet } from './core/understand/lexicon.js';

const messagesSchema = z.object({
  welcome: z.string().min(1),
  help: z.string().min(1),
  refusal: z.string().min(1),
  refusalAttack: z.string().min(1),
  unknownDocument: z.string().min(1),
  documentCorrected: z.string().min(1),
  unknownPlace: z.string().min(1),
  unknownCountry: z.string().min(1),
  unknownAbbreviation: z.string().min(1),
  noLocalStatus: z.string().min(1),
  noMoneyFigures: z.string().min(1),
  noMoneyFiguresBesides: z.string().min(1),
  noBenefits: z.string().min(1),
  noObligations: z.string().min(1),
  noCountFigure: z.string().min(1),
  noOpinion: z.string().min(1),
  cannotAct: z.string().min(1),
  cannotActLead: z.string().min(1),
  noPlaceFigures: z.string().includes('{place}'),
  noLocalFigures: z.string().min(1),
  empty: z.string().min(1),
  tooLong: z.string().min(1),
  unsupported: z.string().min(1),
  flood: z.string().min(1),
  error: z.string().min(1),
  sourcesHeading: z.string().min(1),
  supersededNote: z.string().min(1),
  supersededNoteSince: z.string().min(1),
  newerDocument: z.string().min(1),
  districtCaveat: z.string().min(1),
  feedbackUpLabel: z.string().min(1),
  feedbackDownLabel: z.string().min(1),
  feedbackThanksUp: z.string().min(1),
  feedbackThanksDown: z.string().min(1),
  feedbackPrompt: z.string().min(1),
  feedbackStale: z.string().min(1),
  suggestionsHeading: z.string().min(1),
  correctionIntro: z.string().min(1),
  commands: z.record(z.string().regex(/^[a-z0-9_]{1,32}$/u), z.string().min(1).max(256)).default({}),
  quickReplies: z.array(z.string().min(1)).default([]),
  smallTalk: z.object({
    greeting: z.string().min(1),
    thanks: z.string().min(1),
    news: z.string().min(1),
    acknowledge: z.string().min(1),
    identity: z.string().min(1),
    capabilities: z.string().min(1),
    complaint: z.string().min(1),
    banter: z.string().min(1),
    human: z.string().min(1),
    privacy: z.string().min(1),
  }),
  toldNotAsked: z.string().min(1),
  askWhatAbout: z.string().min(1),
  moreItems: z.string().min(1),
  listCount: z.string().min(1),
  answerYes: z.string().min(1),
  answerNo: z.string().min(1),
  answerYesAs: z.string().min(1),
  answerNoAs: z.string().min(1),
  answerUnconfirmed: z.string().min(1),
  answerOutsideRange: z.string().min(1),
  answerAlsoRequired: z.string().min(1),
  answerGradeMet: z.string().min(1),
  answerClaimRight: z.string().min(1),
  answerClaimWrong: z.string().min(1),
  openingSame: z.string().min(1),
  openingEarlier: z.string().min(1),
  weekCalendar: z.string().min(1),
  weekTheme: z.string().min(1),
  weekThemeNotSet: z.string().min(1),
  weekTense: z.object({ past: z.string().min(1), current: z.string().min(1), future: z.string().min(1) }),
  weekNotAnnounced: z.string().min(1),
  weekLastKnown: z.string().min(1),
  weekYearNotInDocuments: z.string().min(1),
  yearNotInDocuments: z.string().min(1),
  countPlacesMissing: z.string().min(1),
  actualNotInDocuments: z.string().min(1),
  nationalActualNotInDocuments: z.string().min(1),
  weekYearLead: z.string().min(1),
  documentCard: z.string().min(1),
  documentCardEffective: z.string().min(1),
  actByIssuer: z.string().min(1),
  groundedToday: z.string().min(1),
  groundedFacets: z.string().min(1),
  facetLabels: z.object(Object.fromEntries(FACETS.map((facet) => [facet, z.string().min(1)])) as Record<Facet, z.ZodString>),
});

/** Everything read from the prompts folder. */
export interface PromptSet {
  messages: Messages;
  grounded: GroundedPrompts;
}

/** Reads and validates the prompts folder; throws an Error naming the file and field on a problem. */
export function loadPrompts(dir: string): PromptSet {
  const read = (name: string) => {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch (error) {
      throw new Error(`${join(dir, name)}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  };
  const parsed = validateYaml(read('messages.yaml'), 'messages', messagesSchema);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${join(dir, 'messages.yaml')}: "${issue?.path.join('.')}" ${issue?.message}`);
  }
  return { messages: parsed.data, grounded: { system: read('system.md').trim(), answer: read('answer.md').trim() } };
}
