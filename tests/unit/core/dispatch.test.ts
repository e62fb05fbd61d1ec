import { describe, expect, it, vi } from 'vitest';
import { OP_NAMES, type ApiHandlers } from '../../../shared/api';
import { createClient } from '../../../shared/client';
import { ApiError, UserError } from '../../../shared/result';
import { describeInternal, dispatch } from '../../../main/core/dispatch';

function fakeHandlers(overrides: Partial<ApiHandlers> = {}): ApiHandlers {
  const handlers = {} as Record<string, unknown>;
  for (const name of OP_NAMES) handlers[name] = vi.fn(async () => { throw new Error(`${name} not faked`); });
  return { ...(handlers as ApiHandlers), ...overrides };
}

describe('dispatch', () => {
  it('validates input before any handler runs', async () => {
    const createSource = vi.fn(async () => { throw new Error('must not run'); });
    const handlers = fakeHandlers({ createSource });
    for (const input of [{}, { name: '' }, { name: 1 }, { name: 'ok', extra: 1 }, null, 'x', [1]]) {
      const r = await dispatch(handlers, 'createSource', input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid_input');
        expect(r.error.issues?.length).toBeGreaterThan(0);
      }
    }
    expect(createSource).not.toHaveBeenCalled();
  });

  it('refuses unknown and prototype operation names', async () => {
    for (const op of ['nope', '__proto__', 'constructor', 'toString', 42, undefined]) {
      const r = await dispatch(fakeHandlers(), op, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    }
  });

  it('turns user errors into their code and internal errors into a message without a stack', async () => {
    const log = vi.fn();
    const handlers = fakeHandlers({
      getArticle: async () => { throw new UserError('No article with id x.', 'not_found'); },
      listArticles: async () => { throw Object.assign(new Error('write failed'), { code: 'ENOSPC', path: '/data/library.json' }); },
    });
    expect(await dispatch(handlers, 'getArticle', { id: 'x' })).toEqual({ ok: false, error: { code: 'not_found', message: 'No article with id x.' } });
    const r = await dispatch(handlers, 'listArticles', {}, { log });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!r.ok) expect(r.error.message).toMatch(/disk is full.*library\.json.*nothing was saved/);
    expect(log).toHaveBeenCalledOnce();
  });

  it('optionally checks outputs against the contract', async () => {
    const handlers = fakeHandlers({ listArticles: async () => [{ not: 'an article' }] as never });
    expect((await dispatch(handlers, 'listArticles', {})).ok).toBe(true);
    expect(await dispatch(handlers, 'listArticles', {}, { validateOutput: true })).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('describes environment failures in words', () => {
    expect(describeInternal(Object.assign(new Error('x'), { code: 'EACCES' }))).toMatch(/not allowed/);
    expect(describeInternal(new Error('boom'))).toBe('Internal error: boom');
  });
});

describe('generated client', () => {
  it('has one function per operation and validates before sending', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: [] }));
    const client = createClient({ invoke });
    for (const name of OP_NAMES) expect(typeof client[name]).toBe('function');
    await expect(client.createSource({ name: '' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(invoke).not.toHaveBeenCalled();
    expect(await client.listArticles({})).toEqual([]);
    expect(invoke).toHaveBeenCalledWith('listArticles', {});
  });

  it('throws the transport’s error as an ApiError', async () => {
    const client = createClient({ invoke: async () => ({ ok: false, error: { code: 'locked', message: 'busy' } }) });
    const e = await client.status({}).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ code: 'locked', message: 'busy' });
  });
});
