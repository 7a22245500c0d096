// Block Kit's limits hold whatever the answer's length, and nothing is dropped without saying so.
import { describe, expect, it } from 'vitest';
import { SLACK_LIMITS, slackReply, type SlackReply } from '../../src/format/slack-blocks.js';
import type { Source } from '../../src/knowledge/types.js';
import type { Message } from '../../src/rules/message.js';

const source = (i: number): Source => ({ ref: `s${i}`, document: `Document ${i}`, location: `line ${i}`, quote: 'q', url: `https://example.com/${i}`, revision: null });

function message(points: number, pointLength: number, textLength = 50): Message {
  return {
    verdict: 'Yes',
    text: 'word '.repeat(textLength / 5).trim(),
    points: Array.from({ length: points }, (_, i) => ({ label: `P${i}`, text: 'x'.repeat(pointLength), sources: [source(i)] })),
  };
}

function expectWithinLimits(reply: SlackReply) {
  expect(reply.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  expect(reply.text.length).toBeLessThanOrEqual(SLACK_LIMITS.textChars);
  for (const block of reply.blocks) {
    if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.textChars);
    if (block.elements) {
      expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
      for (const e of block.elements) expect(e.text.length).toBeLessThanOrEqual(SLACK_LIMITS.textChars);
    }
  }
}

const allText = (reply: SlackReply) => reply.blocks.flatMap((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => e.text)]).join('\n');

describe('slackReply', () => {
  it('keeps every point and source of an answer that fits, split over sections', () => {
    const reply = slackReply(message(40, 200), []);
    expectWithinLimits(reply);
    for (let i = 0; i < 40; i++) {
      expect(allText(reply)).toContain(`*P${i}*`);
      expect(allText(reply)).toContain(`<https://example.com/${i}|Document ${i}>`);
    }
    expect(allText(reply)).not.toContain('more line');
  });

  it('cuts a sentence longer than a section at spaces, keeping all its words', () => {
    const reply = slackReply(message(0, 0, 7000), []);
    expectWithinLimits(reply);
    expect(allText(reply).match(/word/g)).toHaveLength(1400);
  });

  it('says how many lines did not fit in 50 blocks', () => {
    const reply = slackReply(message(600, 1500), ['What does WARM_IP_TARGET do?']);
    expectWithinLimits(reply);
    expect(reply.blocks).toHaveLength(SLACK_LIMITS.blocks);
    const shownPoints = allText(reply).match(/^• \*P\d+\*/gm)!.length;
    const left = Number(/…and (\d+) more lines/.exec(reply.blocks.at(-1)!.elements![0]!.text)![1]);
    // Every point, source line, heading and follow-up line is either shown or counted.
    expect(shownPoints).toBeLessThan(600);
    expect(left).toBeGreaterThan(600 - shownPoints);
  });

  it('answers for the channel when asked to', () => {
    expect(slackReply(message(1, 10), [], 'in_channel').response_type).toBe('in_channel');
    expect(slackReply(message(1, 10), []).response_type).toBe('ephemeral');
  });
});
