import { describe, expect, it } from 'vitest';
import { RequestGate, type GateFailure } from '../../src/cluster/request-gate.js';

/** A request the test answers when it likes, and the gate it went through. */
function pending(gate: RequestGate, log: { running: number; most: number }) {
  let answer!: (outcome: 'ok' | GateFailure) => void;
  const outcome = new Promise<'ok' | GateFailure>((resolve) => (answer = resolve));
  let started = false;
  const done = gate
    .through(
      async () => {
        started = true;
        log.running++;
        log.most = Math.max(log.most, log.running);
        const result = await outcome;
        log.running--;
        if (result !== 'ok') throw new Error(result);
        return result;
      },
      (error) => (error as Error).message as GateFailure,
    )
    .catch(() => 'failed');
  return { answer, done, isStarted: () => started };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('RequestGate', () => {
  it('never lets more than its bound run at once, and admits the waiting in order', async () => {
    const gate = new RequestGate(3);
    const log = { running: 0, most: 0 };
    const requests = Array.from({ length: 10 }, () => pending(gate, log));
    await turn();
    expect(requests.map((request) => request.isStarted())).toEqual([
      ...Array(3).fill(true),
      ...Array(7).fill(false),
    ]);
    for (const request of requests) {
      request.answer('ok');
      await request.done;
      await turn();
    }
    expect(log.most).toBe(3);
  });

  it('halves on a 429, once for the requests sent at the old rate, and counts every 429', async () => {
    const gate = new RequestGate(8);
    const log = { running: 0, most: 0 };
    const first = Array.from({ length: 8 }, () => pending(gate, log));
    await turn();
    first[0]?.answer('throttled');
    first[1]?.answer('throttled');
    await Promise.all([first[0]?.done, first[1]?.done]);
    expect([gate.limit, gate.throttled]).toEqual([4, 2]);

    // 6 still run, over the new limit of 4: nothing more starts until fewer than 4 run.
    const next = pending(gate, log);
    await turn();
    expect(next.isStarted()).toBe(false);
    for (const request of first.slice(2, 5)) request.answer('answered');
    await turn();
    expect(next.isStarted()).toBe(true);

    // A 429 to a request sent after the decrease halves again.
    next.answer('throttled');
    await next.done;
    expect([gate.limit, gate.lowestLimit, gate.throttled]).toEqual([2, 2, 3]);
  });

  it('comes back by one after each run of `limit` answers, up to the bound, never below 1', async () => {
    const gate = new RequestGate(4);
    const log = { running: 0, most: 0 };
    const answerOne = async (outcome: 'ok' | GateFailure) => {
      const request = pending(gate, log);
      await turn();
      request.answer(outcome);
      await request.done;
    };
    for (let index = 0; index < 3; index++) await answerOne('throttled');
    expect(gate.limit).toBe(1);
    await answerOne('unanswered'); // a dropped connection says nothing about the rate
    expect(gate.limit).toBe(1);
    await answerOne('ok');
    expect(gate.limit).toBe(2);
    await answerOne('answered');
    expect(gate.limit).toBe(2);
    await answerOne('ok');
    expect(gate.limit).toBe(3);
    for (let index = 0; index < 10; index++) await answerOne('ok');
    expect([gate.limit, gate.lowestLimit, gate.throttled]).toEqual([4, 1, 3]);
  });

  it('takes the lowest bound of those that share it', () => {
    const gate = new RequestGate(8);
    gate.lowerBound(3);
    gate.lowerBound(6);
    expect(gate.limit).toBe(3);
  });
});
