import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../cli/eval';
import { CATEGORIES, type Category } from './types';

/** The shared labelled drafts live beside the project, not in it (../shared/corpus). */
const corpusDir = path.resolve(__dirname, '../../../shared/corpus');
const shared = [
  // Written drafts must score 0.95 (issue 3); real public text is messier, so its floor guards against regressions.
  { file: path.join(corpusDir, 'dev.jsonl'), floor: 0.95 },
  { file: path.join(corpusDir, 'real-dev.jsonl'), floor: 0.85 },
];
/** A labelled set of the project's own, by name: `fixture('blind-7')`. */
const fixture = (name: string): string => path.resolve(__dirname, '../../tests/fixtures', `${name}.jsonl`);
/**
 * Drafts written from LABELS.md alone by people who had not seen the engine (in the project, so
 * always run). Each set was blind on its first run; docs/accuracy.md keeps those first scores (the README the latest).
 */
const blind = [
  { file: fixture('blind'), floor: 0.85 },
  { file: fixture('blind-2'), floor: 0.85 },
  // Gifts recall here is 0.85 after one round of fixes (offers made obliquely, in quoted chains, or loans): held at 0.80.
  { file: fixture('blind-3'), floor: 0.8 },
  // First run: political recall 0.41, gifts 0.50 (parties named by colour, offers in quoted chains); 0.89 or more after one round of fixes.
  { file: fixture('blind-4'), floor: 0.85 },
  // First run: personal precision 0.62 (an office address range in every signature read as "Name, 40"); 0.89 or more after fixes.
  { file: fixture('blind-5'), floor: 0.85 },
  // Mostly social posts. First run: recall political 0.73, personal 0.71 (slang, lower-case parties, a greeting read as an addressee).
  { file: fixture('blind-6'), floor: 0.85 },
  // Tuning set written after blind-7 (the hardest case per category). First run: political recall 0.40 (parties never named).
  { file: fixture('blind-8'), floor: 0.85 },
  // Tuning set written at the start of session 4. First run: gifts recall 0.67, political 0.77.
  { file: fixture('blind-10'), floor: 0.85 },
  // Tuning set of media, confidential and personal drafts (session 4). First run: media recall 0.64, personal 0.83, confidential precision 0.88.
  { file: fixture('blind-14'), floor: 0.85 },
  // Tuning set of gifts only (60 offers of every kind, 60 near misses), the last of session 4. First run: gifts recall 0.43;
  // 0.75 after one round of fixes (giving said plainly, whatever the thing).
  { file: fixture('blind-17'), floor: 0.85, floors: { gifts: 0.7 } },
  // Tuning set of political and gifts drafts and 90 hard near misses (session 4). First run: gifts precision 0.81, recall 0.70.
  { file: fixture('blind-15'), floor: 0.85 },
  // Tuning set of political and gifts drafts only (session 4). First run: political recall 0.46, gifts 0.60 (no media, confidential or personal labels to score).
  { file: fixture('blind-12'), floor: 0.85 },
  // Tuning set for gifts (48 offers phrased every which way) and personal data, session 5. First run: gifts recall 0.63.
  { file: fixture('blind-18'), floor: 0.85, floors: { gifts: 0.6 } },
  // Tuning set for political, media and confidential said obliquely, session 5. First run: political recall 0.53, media 0.78 (0.96 after the session-6 fixes: freelancers and producers).
  { file: fixture('blind-20'), floor: 0.85, floors: { gifts: 0.75 } },
  // Tuning set in hurried, oblique voices, session 6. First run: political recall 0.61 (parties never named: members, selections, doors), gifts 0.84, personal 0.81; 0.94 or more after one round of fixes.
  { file: fixture('blind-22'), floor: 0.85 },
  // Tuning set by six imagined staff in their own roles, session 6. First run 7 wrong.
  { file: fixture('blind-23'), floor: 0.85 },
  // Tuning set of political, gifts and personal drafts said obliquely (120 drafts), session 6. First run: political recall 0.68, gifts 0.84, personal 0.84; 0.96 after one round of fixes.
  { file: fixture('blind-25'), floor: 0.85 },
  // Tuning set in varied roles and styles, session 7. First run 9 wrong: tender scores and prices given away across sentences, political recall 0.86.
  { file: fixture('blind-27'), floor: 0.85 },
  // Held out for sessions 7 and 8 (a winter in the office), tuned on in session 9. First run 13 wrong: confidential recall 0.82.
  { file: fixture('blind-28'), floor: 0.85 },
  // Tuning sets of session 9, each written from LABELS.md alone by a helper who never saw the engine. First runs (docs/accuracy.md):
  // blind-29 21 wrong (personal precision 0.68: an office address in signatures read as a name and age), blind-30 20 wrong
  // (political recall 0.67; every Bluesky mention a news outlet), blind-31 17 wrong (long mail with one risky sentence), blind-32 12 wrong.
  { file: fixture('blind-29'), floor: 0.85 },
  { file: fixture('blind-30'), floor: 0.85 },
  { file: fixture('blind-31'), floor: 0.85 },
  { file: fixture('blind-32'), floor: 0.85 },
  // Tuning set written at the start of session 10 (understatement, talk about the rules, words with two senses).
  // First run 23 wrong (political recall 0.63; replies that say yes or no to a quoted offer in a few words).
  { file: fixture('blind-35'), floor: 0.85 },
  // Tuning sets written mid-session 10: blind-36 (social media as staff use it) first run 15 wrong, blind-37 (long
  // documents pasted into mail: papers, minutes, speeches, newsletters) 18 wrong, both on the engine at dcaf717.
  { file: fixture('blind-36'), floor: 0.85 },
  { file: fixture('blind-37'), floor: 0.85 },
  // An "examiner's month" by five imagined staff, run once at the end of session 10 (377e150: 17 wrong, gifts precision 0.75; the
  // engine at the session's start also 17), then tuned on: its political recall is 0.84 now.
  { file: fixture('blind-38'), floor: 0.85, floors: { political: 0.8 } },
  // Tuning sets of session 11, run once on the engine at its start (6919a73): blind-40 (hurried notes from a phone: lower-case
  // names, "cant", "thank u") 13 wrong, personal recall 0.68; blind-41 (dealings with partners) 8 wrong, gifts precision 0.86.
  { file: fixture('blind-40'), floor: 0.85 },
  { file: fixture('blind-41'), floor: 0.85 },
  // Written mid-session 11 and run once on fab6a4d: blind-43 (the Commissioner's inner circle) 7 wrong, blind-44 (the
  // communities the office serves: many naming traditions, faith festivals, forwarded chains) 14 wrong.
  { file: fixture('blind-43'), floor: 0.85 },
  { file: fixture('blind-44'), floor: 0.85 },
  // Personal data and confidential material, written late in session 11 and run once on 350c6e7: 9 wrong (political recall 0.79).
  { file: fixture('blind-46'), floor: 0.85 },
  // Gifts and hospitality in all their forms, run once on c6593ca: 11 wrong (gifts precision 0.82: a hamper for a family, a bake sale, an order).
  { file: fixture('blind-45'), floor: 0.85 },
  // An outside examiner's busy month across all five offices, written at the start of session 13 and run once on the engine at
  // 9ab0e2a: 14 wrong (political recall 0.67: a party by its colour, a candidate of a small party, a cross promised). Then tuned on.
  { file: fixture('blind-48'), floor: 0.8 },
  // "A season of office life as five new starters would write it", written in session 13 and run once on its final engine
  // (bbc0338): 16 wrong (political recall 0.75, gifts 0.81), as at that session's start. Held out until session 14, then tuned on.
  { file: fixture('blind-49'), floor: 0.85 },
  // "A year of five careless, experienced staff, at work and outside it", written at the start of session 14 and run once on its
  // engine (abe34a5): 30 wrong (personal recall 0.59, political 0.70, gifts 0.79 with 5 false alarms). Then tuned on.
  { file: fixture('blind-50'), floor: 0.85 },
  // "A busy quarter through the outboxes of five people in different roles", written in session 14 and run once on the engine at
  // 0c7b23d: 14 wrong (political recall 0.86, gifts precision 0.86), the same 14 as at the session's start. Then tuned on.
  { file: fixture('blind-51'), floor: 0.85 },
  // "Election year in five offices", written in session 14 and run once on the engine at 0df3302: 20 wrong (political recall 0.62),
  // the same 20 as at the session's start. Then tuned on.
  { file: fixture('blind-52'), floor: 0.85 },
  // "A new examiner's spot check of ordinary traffic", written in session 14 and run once on its final engine (fb86033): 18 wrong
  // (personal 0.86 / 0.82, political recall 0.82; the session's starting engine had 19). Held out until session 15, then tuned on.
  { file: fixture('blind-53'), floor: 0.85 },
  // "A fortnight of an office's public voice and its private chatter", written in session 15 and run once on the session's starting
  // engine (b37057b): 16 wrong (political recall 0.75, personal 0.81, gifts 0.86 / 0.90). Then tuned on.
  { file: fixture('blind-54'), floor: 0.85 },
  /**
   * The fourteen sets below from blind-7 to blind-47 were held out, each run once when it arrived and never tuned on, until
   * session 16, which read their misses and fixed the general patterns in them: their first runs (docs/accuracy.md) stay the estimate,
   * their scores now are training scores. The floors are their old held-out ones, and guard against regressions only.
   */
  // Written after the blind-6 fixes.
  { file: fixture('blind-7'), floor: 0.65 },
  // Written after the blind-8 fixes.
  { file: fixture('blind-9'), floor: 0.65 },
  // Written at the start of session 4. First run: political recall 0.38, gifts 0.69 (docs/accuracy.md).
  { file: fixture('blind-11'), floor: 0.65, floors: { political: 0.35 } },
  // 150 drafts by five imagined authors, written after the blind-12 fixes. First run 16 wrong (docs/accuracy.md).
  { file: fixture('blind-13'), floor: 0.65 },
  // 150 drafts written at the end of session 4, after the blind-15 fixes. First run 11 wrong (docs/accuracy.md).
  { file: fixture('blind-16'), floor: 0.65 },
  // 150 drafts written at the start of session 5, before any of its engine work. First run 9 wrong (docs/accuracy.md).
  { file: fixture('blind-19'), floor: 0.65 },
  // Five imagined writers, 150 drafts, written mid-session 5 after the gifts fixes. First run 15 wrong (docs/accuracy.md).
  { file: fixture('blind-21'), floor: 0.65 },
  // 150 drafts of an office's ordinary month, written by an "examiner" at the start of session 6. First run 14 wrong (docs/accuracy.md).
  { file: fixture('blind-24'), floor: 0.65 },
  // 120 drafts of an office's year, written by an "examiner" at the end of session 6, after all its fixes. First run 5 wrong (docs/accuracy.md).
  { file: fixture('blind-26'), floor: 0.65 },
  // 150 drafts of an office's month, written by an "examiner" at the end of session 9, after all its fixes. First run 8 wrong (docs/accuracy.md).
  { file: fixture('blind-33'), floor: 0.65 },
  // 150 drafts of email threads (quoted chains, forwards, mixed recipients), written at the start of session 10. First run 14 wrong (docs/accuracy.md).
  { file: fixture('blind-34'), floor: 0.65 },
  // A mixed bag by a "new reviewer", written at the very end of session 10 and run once on the engine as it is
  // (f1f1600): 4 wrong. The engine at the session's start also had 4 wrong on it.
  { file: fixture('blind-39'), floor: 0.65 },
  // A mixed bag, written at the start of session 11 and run once on the engine at 6919a73: 8 wrong.
  { file: fixture('blind-42'), floor: 0.65 },
  // "What a new compliance reviewer would test", written mid-session 11 and run once on its final engine (739cd4f): 9 wrong.
  // The engine at the session's start also had 9 wrong on it.
  { file: fixture('blind-47'), floor: 0.65 },
  // "A commissioning and inspection season seen by people new to the job", written in session 15 and run once on its
  // final engine (32c884d): 6 wrong (gifts recall 0.92, personal 0.90), the same 6 as on the session's starting engine.
  // Held out until session 16, then tuned on.
  { file: fixture('blind-55'), floor: 0.85 },
  // "A winter of partnership work and local politics seen from the inside", written in session 16 by a helper who never saw
  // the engine and run on that session's starting engine (1f5c0a1: 13 wrong) and its final one (12 wrong). Held out until
  // session 17, then tuned on.
  { file: fixture('blind-56'), floor: 0.65 },
  // "What staff really write when tired, rushed or chatty" (obliquely, in lower case, by nicknames and first names; weighted to
  // personal data, gifts and politics), written in session 17 by a helper who never saw the engine and run once on 646f0e3:
  // 19 wrong (personal recall 0.63, gifts 0.83, political 0.92, no false alarm). A tuning set from the start.
  { file: fixture('blind-58'), floor: 0.85, floors: { personal: 0.6, gifts: 0.8 } },
  /**
   * Held out: "spring in a PCC office" (an annual report, a county lines operation, a grants round, a station sold, a mayoral
   * campaign starting, a procurement, welfare cases, suppliers' dinners, staff posting about protests), written in session 17
   * by a helper who never saw the engine, run on the session's starting engine (7154291: 21 wrong; personal recall 0.68,
   * gifts 0.73, political 0.81) and never tuned on: its score is the honest estimate on unseen drafts (docs/accuracy.md). The floor
   * guards against regressions only. Held out until session 18, then tuned on (20 → 4 wrong); blind-60 took its place.
   */
  { file: fixture('blind-57'), floor: 0.85 },
  /**
   * Held out too: "an autumn of ordinary correspondence across five offices, seen by a new auditor", written in session 17 by
   * another helper who never saw the engine, run on the session's starting engine (7154291: 11 wrong; political recall 0.86,
   * personal 0.86, gifts 0.90 / 0.90) and never tuned on. Two held-out sets make the estimate on unseen drafts less of a
   * single sample. Held out until session 18, then tuned on (11 → 1 wrong).
   */
  { file: fixture('blind-59'), floor: 0.85 },
  /**
   * "The week before the precept vote: a PCC office in winter, written by many hands", written at the start of session 18 by a
   * helper who never saw the engine, and run on that session's starting engine (4e84c34): 6 wrong (gifts recall 0.83, political
   * precision 0.95, personal recall 0.96), and the same 6 on its final engine. Held out until session 19, then tuned on (6 → 0).
   */
  { file: fixture('blind-60'), floor: 0.85 },
  /**
   * "Gifts, hospitality and favours as they really come up, and the private lives of the public as staff really mention them",
   * written in session 19 by a helper who never saw the engine (weighted to gifts and personal data), and run on the session's
   * starting engine (dded761): 14 wrong (gifts recall 0.85, personal recall 0.87). A tuning set from the start (14 → 0).
   */
  { file: fixture('blind-62'), floor: 0.85 },
  /**
   * Held out: "a summer in five PCC offices" (a new Commissioner after an election, a victims' service recommissioned, summer
   * shows, protests, staff on social media, partnership mail), written at the start of session 19 by a helper who never saw the
   * engine, and run once on the session's starting engine (dded761): 12 wrong (gifts precision 0.91 and recall 0.80, personal
   * 0.96 / 0.92, media and political recall 0.96). Never tuned on: it is the estimate on unseen drafts (docs/accuracy.md).
   */
  { file: fixture('blind-61'), floor: 0.65 },
  /**
   * Held out too: "an autumn in five PCC offices" (the precept prepared, a serious incident, court cases, a by-election, the
   * awards-dinner season, a complaint against the Chief Constable), written in session 19 by another helper who never saw the
   * engine, and run once on the session's starting engine (dded761) and its final one: 3 wrong on both (media, political and
   * gifts recall 0.96). Never tuned on.
   */
  { file: fixture('blind-63'), floor: 0.65 },
];

/** `floors` lowers the floor for a category of a held-out set that scored below `floor` on its first run. */
function scoreSet({ file, floor: setFloor, floors = {} }: { file: string; floor: number; floors?: Partial<Record<Category, number>> }) {
  describe(path.basename(file), () => {
    const result = evaluate(fs.readFileSync(file, 'utf8'));

    it('reads every draft', () => {
      expect(result.errors).toEqual([]);
      expect(result.drafts).toBeGreaterThan(50);
    });

    for (const category of CATEGORIES) {
      const floor = floors[category] ?? setFloor;
      it(`${category}: precision and recall at least ${floor}`, () => {
        const score = result.scores[category];
        const wrong = result.wrong.filter((w) => w.expected.includes(category) !== w.got.includes(category));
        // The message lists the drafts that pull the score down.
        expect(score.precision, JSON.stringify(wrong)).toBeGreaterThanOrEqual(floor);
        expect(score.recall, JSON.stringify(wrong)).toBeGreaterThanOrEqual(floor);
      });
    }
  });
}

const isAbsent = !shared.every(({ file }) => fs.existsSync(file));

describe.skipIf(isAbsent)(`engine on the shared corpus${isAbsent ? ` (skipped: ${corpusDir} not found)` : ''}`, () => {
  shared.forEach(scoreSet);
});

describe('engine on the blind sets', () => {
  blind.forEach(scoreSet);
});
