/**
 * Phrases that name the systems training runs on rather than the training itself: "training
 * infrastructure", "pretraining and fine-tuning clusters", "a scheduler for distributed training".
 * Building and operating those systems is platform work, MLOps by its definition ([RM-MLOPS]:
 * the practices that reliably and efficiently run machine learning in production, the
 * infrastructure behind model training and serving), not training models; so signals read the
 * model-work mentions inside such a phrase as MLOps, as they read work done for others.
 *
 * Two constructions, both within a sentence:
 * - a compound whose head is a systems noun and whose modifier is training: "training cluster",
 *   "training and evaluation platforms" (one coordinated word or two before the head);
 * - a systems noun, a word of purpose or a relative pronoun, then training within a clause:
 *   "infrastructure for large-scale training", "tooling used across pre-training", "the cluster
 *   that hosts distributed training" (what the system does is run the training).
 * The words are data (`training-words`, `training-systems`, `training-system-links` in
 * data/cues.yml). A bare "training pipeline" or "training job" is not among them: the sources
 * list those as the ML engineer's own work ([RM-AI-VS], [LC-MLE]).
 */
import { cueWords, type Unit } from '../lexicon/index.js';

const TRAINING = cueWords('training-words');
const SYSTEMS = cueWords('training-systems');
const LINKS = cueWords('training-system-links');
const COORDINATORS = new Set(['and', 'or', '&', '/', ',']);
/** Units from training to its head through coordinated modifiers: "training(, evaluation and versioning) platforms". */
const LIST = 6;
/**
 * Units after the word of purpose in which training may stand, up to a comma or the sentence end:
 * a purpose clause ("tooling for profiling and debugging slow steps in multi-node training").
 * Ten, not five, after one posting of the calibration corpus whose purpose clause ran longer;
 * the eval's cross-validation does not choose it.
 */
const REACH = 10;
/** Tags that end a list of modifiers ("training and the cluster" joins two phrases). */
const NOT_MODIFIER = new Set(['DET', 'PRON', 'ADP', 'AUX', 'SCONJ', 'CCONJ', 'PART']);

/** By form or lemma; a capitalized plural the tagger read as a name ("Platforms") by its singular too. */
const isIn = (set: ReadonlySet<string>, u: Unit): boolean => set.has(u.normal) || set.has(u.lemma) || (u.normal.endsWith('s') && set.has(u.normal.slice(0, -1)));

/** Per unit: inside a phrase that names a system training runs on (see the module comment). */
export function trainingSystems(units: readonly Unit[]): boolean[] {
  const out = new Array<boolean>(units.length).fill(false);
  /** Unit `k` as a word of `sentence`, or null at punctuation, a barrier or another sentence. */
  const wordAt = (k: number, sentence: number): Unit | null => {
    const u = units[k];
    return u && !u.barrier && !u.punctuation && u.sentence === sentence ? u : null;
  };
  const mark = (from: number, to: number) => {
    for (let k = from; k <= to; k++) out[k] = true;
  };
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    if (u.barrier || u.punctuation) continue;
    if (isIn(TRAINING, u)) {
      // The head, right after or after a coordinated list of modifiers: "training clusters",
      // "training, evaluation and versioning platforms".
      const next = units[i + 1];
      if (next && !next.barrier && next.sentence === u.sentence && (COORDINATORS.has(next.normal) || (!next.punctuation && isIn(SYSTEMS, next)))) {
        for (let k = i + 1; k <= i + 1 + LIST; k++) {
          const v = units[k];
          if (!v || v.barrier || v.sentence !== u.sentence) break;
          if (COORDINATORS.has(v.normal)) continue;
          if (v.punctuation || NOT_MODIFIER.has(v.pos)) break;
          if (isIn(SYSTEMS, v)) {
            mark(i, k);
            break;
          }
        }
      }
    }
    if (isIn(SYSTEMS, u)) {
      const link = wordAt(i + 1, u.sentence);
      if (!link || !isIn(LINKS, link)) continue;
      for (let k = i + 2; k <= i + 1 + REACH; k++) {
        const v = wordAt(k, u.sentence);
        if (!v) break;
        if (isIn(TRAINING, v)) {
          mark(i, k);
          break;
        }
      }
    }
  }
  return out;
}
