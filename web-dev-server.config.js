// `npm start`: serves the demo page, which loads the built script-tag bundle as a partner site would.
const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  port,
  open: false,
  watch: false,
  middleware: [
    (context, next) => {
      if (context.path === '/') return context.redirect('/demo/');
      return next();
    },
  ],
};
