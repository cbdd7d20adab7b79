// `npm start`: serves the demo page, which loads the built script-tag bundle as a partner site would,
// and the React and Vue demos (demo/frameworks/), compiled from source on the fly.
import { createServer } from 'node:net';
import { plugins } from './web-plugins.js';

const port = Number(process.env.PORT ?? 8000);

// a busy port gets one plain line, not the server's EADDRINUSE stack trace
await new Promise((resolve) => {
  const probe = createServer()
    .once('error', (error) => {
      const busy = error.code === 'EADDRINUSE';
      console.error(
        busy
          ? `npm start: port ${port} is busy (another npm start, or another server). Stop it, or choose another port: PORT=8001 npm start`
          : `npm start: cannot listen on port ${port} (${error.code ?? error.message}); PORT=8001 npm start chooses another`,
      );
      process.exit(1);
    })
    .once('listening', () => probe.close(resolve))
    .listen(port);
});

export default {
  rootDir: '.',
  port,
  open: false,
  watch: false,
  nodeResolve: true,
  plugins,
  middleware: [
    (context, next) => {
      if (context.path === '/') return context.redirect('/demo/');
      return next();
    },
  ],
};
