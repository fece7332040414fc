import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../server/config.js';

describe('parseConfig', () => {
  it('gives the defaults for an empty environment', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ NEO4J_USER: 'neo4j', NEO4J_DATABASE: 'neo4j', HOST: '127.0.0.1', PORT: 3000 });
    expect(config.NEO4J_URI).toBeUndefined();
  });

  it('accepts bolt, neo4j and neo4j+s URIs', () => {
    for (const uri of ['bolt://127.0.0.1:7687', 'neo4j://db.example:7687', 'neo4j+s://abcd.databases.neo4j.io']) {
      expect(parseConfig({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
    }
  });

  it('treats a blank value as unset', () => {
    expect(parseConfig({ NEO4J_URI: '', PORT: '' })).toMatchObject({ NEO4J_URI: undefined, PORT: 3000 });
  });

  it('reports every bad field by name', () => {
    let error: unknown;
    try {
      parseConfig({ NEO4J_URI: 'http://example.org', PORT: 'eighty', NEO4J_PASSWORD: 'short' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const fields = (error as ConfigError).fields.map((f) => f.field).sort();
    expect(fields).toEqual(['NEO4J_PASSWORD', 'NEO4J_URI', 'PORT']);
    expect((error as ConfigError).message).toMatch(/NEO4J_URI scheme must be one of bolt/);
  });

  it('names NEO4J_URI when its value is not a URL at all', () => {
    expect(() => parseConfig({ NEO4J_URI: 'localhost' })).toThrow(/NEO4J_URI must be a URL/);
  });

  it('takes a console account only as a user and a password together', () => {
    expect(parseConfig({ NEO4J_CONSOLE_USER: 'reader', NEO4J_CONSOLE_PASSWORD: 'reader-password' })).toMatchObject({
      NEO4J_CONSOLE_USER: 'reader',
      NEO4J_CONSOLE_PASSWORD: 'reader-password',
    });
    expect(parseConfig({ NEO4J_CONSOLE_USER: '', NEO4J_CONSOLE_PASSWORD: '' }).NEO4J_CONSOLE_USER).toBeUndefined();
    expect(() => parseConfig({ NEO4J_CONSOLE_USER: 'reader' })).toThrow(/NEO4J_CONSOLE_PASSWORD must be set with the other/);
    expect(() => parseConfig({ NEO4J_CONSOLE_PASSWORD: 'reader-password' })).toThrow(/NEO4J_CONSOLE_USER must be set with the other/);
  });

  it('gives per-minute rate limits for the console and ingest, and refuses zero', () => {
    expect(parseConfig({})).toMatchObject({ CONSOLE_RATE_LIMIT: 60, INGEST_RATE_LIMIT: 60 });
    expect(() => parseConfig({ CONSOLE_RATE_LIMIT: '0' })).toThrow(/CONSOLE_RATE_LIMIT/);
  });

  it('gives explorer reads 8 s to be answered unless told otherwise, and refuses under 100 ms', () => {
    expect(parseConfig({}).READ_ANSWER_WITHIN_MS).toBe(8_000);
    expect(parseConfig({ READ_ANSWER_WITHIN_MS: '20000' }).READ_ANSWER_WITHIN_MS).toBe(20_000);
    expect(() => parseConfig({ READ_ANSWER_WITHIN_MS: '50' })).toThrow(/READ_ANSWER_WITHIN_MS/);
  });
});
