/**
 * Security headers on every answer (@fastify/helmet), with a Content-Security-Policy that fits the
 * explorer: its own scripts and worker only, its own API only, nothing framed, no plugins.
 */
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // CodeMirror, vis-timeline and Swagger UI set styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // The favicon (and small assets Vite inlines) are data: URLs.
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        // The graph layout runs in a Web Worker, a script of the build.
        workerSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The server speaks plain HTTP on loopback by default; HSTS belongs to the proxy that adds TLS.
    strictTransportSecurity: false,
  });
}
