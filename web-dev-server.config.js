// `npm start`: serves the demo page, which loads the built script-tag bundle as a partner site would,
// and the React and Vue demos (demo/frameworks/), compiled from source on the fly.
import { plugins } from './web-plugins.js';

const port = Number(process.env.PORT ?? 8000);

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
