// The use cases in play (asked for, or switched on by the settings) judged by compatibility() in the implied mode:
// the linter reports what the compatibility query answers for the same combination, never something else.
import { MODE_LABELS, USE_CASE_LABELS, capitalised, listInWords } from '../../domain/labels.js';
import { atLeast, cniVersionOrLater } from '../cni-version.js';
import { isUsable } from '../support.js';
import { switchOf } from '../settings/features.js';
import { requiredSettings } from '../settings/required-settings.js';
import type { UseCaseVerdict } from '../use-case-verdict.js';
import type { LintContext } from './context.js';
import { finding, type Finding } from './finding.js';


/** What to set for a mode in which the use case works, with the other use cases in play; '' when no setting does it. */
function fixFor(ctx: LintContext, v: UseCaseVerdict): { text: string; refs: string[] } {
  const works = ctx.compatibility.modes.filter((m) => m.mode !== ctx.mode && isUsable(m.useCases.find((u) => u.useCase === v.useCase)?.support ?? 'UNKNOWN'));
  // A mode where every use case in play works is the better advice; else any mode where this one does.
  const together = works.filter((m) => m.compatible);
  const settable = (together.length > 0 ? together : works).map((m) => ({ mode: m.mode, settings: requiredSettings(ctx.k, m.mode) })).filter((m) => m.settings.length > 0);
  if (settable.length === 0) return { text: '', refs: [] };
  const options = settable.map((m) => `${m.settings.map((r) => `${r.setting.name}=${r.value}`).join(' and ')} (${MODE_LABELS[m.mode]})`);
  return { text: ` Set ${listInWords(options, 'or')}.`, refs: settable.flatMap((m) => m.settings.map((r) => r.source.ref)) };
}

function verdictFinding(ctx: LintContext, v: UseCaseVerdict): Finding[] {
  const base = { setting: switchOf(v.useCase), useCase: v.useCase, refs: v.sources.map((s) => s.ref) };
  const where = MODE_LABELS[ctx.mode];
  if (v.support === 'NOT_SUPPORTED' || v.support === 'NOT_APPLICABLE') {
    const fix = fixFor(ctx, v);
    return [
      finding(ctx.k, {
        ...base,
        refs: [...base.refs, ...fix.refs],
        code: 'USE_CASE_NOT_SUPPORTED',
        message: `${capitalised(USE_CASE_LABELS[v.useCase])} does not work with ${where}, the mode this configuration implies: ${v.detail}${fix.text}`,
      }),
    ];
  }
  if (v.support === 'UNKNOWN') {
    return [finding(ctx.k, { ...base, code: 'USE_CASE_UNKNOWN', message: v.detail })];
  }
  if (v.support === 'DISPUTED') {
    return [finding(ctx.k, { ...base, code: 'USE_CASE_DISPUTED', message: v.detail })];
  }
  if (v.minCniVersion && !atLeast(ctx.version.version, v.minCniVersion)) {
    return [
      finding(ctx.k, {
        ...base,
        code: 'USE_CASE_NEEDS_NEWER_CNI',
        message: `${capitalised(USE_CASE_LABELS[v.useCase])} with ${where} needs ${cniVersionOrLater(v.minCniVersion)}; this configuration is judged against ${ctx.version.version}.`,
      }),
    ];
  }
  return [];
}

export function useCaseRules(ctx: LintContext): Finding[] {
  const { compatibility } = ctx;
  const conflicts = compatibility.conflicts.map((c) =>
    finding(ctx.k, {
      code: c.disputed ? 'USE_CASE_DISPUTED' : 'USE_CASE_CONFLICT',
      setting: c.useCases.map(switchOf).find((s) => s !== null) ?? null,
      message: c.disputed
        ? `Whether ${listInWords(c.useCases.map((u) => USE_CASE_LABELS[u]))} can be used together is disputed. ${c.reason}`
        : `${capitalised(listInWords(c.useCases.map((u) => USE_CASE_LABELS[u])))} cannot be used together. ${c.reason}`,
      refs: c.sources.map((s) => s.ref),
    }),
  );
  // A conflict already says what is wrong with its use cases; their verdicts would say it again. A disputed conflict
  // rules nothing out, so the verdicts still speak.
  const conflicted = new Set(compatibility.conflicts.filter((c) => !c.disputed).flatMap((c) => c.useCases));
  const disputed = new Set(compatibility.conflicts.filter((c) => c.disputed).flatMap((c) => c.useCases));
  const verdict = compatibility.modes.find((m) => m.mode === ctx.mode);
  const verdicts = (verdict?.useCases ?? []).filter((v) => !conflicted.has(v.useCase) && !(v.support === 'DISPUTED' && disputed.has(v.useCase)));
  return [...conflicts, ...verdicts.flatMap((v) => verdictFinding(ctx, v))];
}
