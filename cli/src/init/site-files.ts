/**
 * What `coalition-widgets init` writes, but the sheet templates (copied from the package's
 * `templates/`): the base feed, the workflow that publishes the site, and the README a coalition
 * follows. The workflow and the README name the command line's `version`, the one they were
 * written for.
 */

/** The base feed: what a coalition keeps by hand, the rest coming from its sheets and calendar. */
export const FEED_BASE = `${JSON.stringify(
  {
    version: 1,
    coalition: {
      name: 'Your Coalition',
      url: 'https://your-coalition.org',
      email: 'hello@your-coalition.org',
      timezone: 'America/Chicago',
      accent: '#1f6feb',
    },
    feedback: { prompt: 'What should we work on next?' },
  },
  null,
  2,
)}\n`;

/** The repository variables holding the sources' addresses, the option each fills, and what they are. */
export const VARIABLES = [
  ['CALENDAR_URL', '--calendar', 'your Google Calendar\'s "Public address in iCal format"'],
  ['VICTORIES_CSV', '--victories', 'the victories sheet published as CSV'],
  ['SPEAKERS_CSV', '--speakers', 'the speakers sheet published as CSV'],
  ['EVENTS_CSV', '--events', 'the events sheet published as CSV, only if you keep events in a sheet'],
] as const;

/** `.github/workflows/publish.yml`: hourly and on demand, build the feed, make the site, deploy it to Pages. */
export function publishWorkflow(version: string): string {
  const cli = `npx --yes -p coalition-widgets-cli@${version} coalition-widgets`;
  return `# Publishes your coalition's site on GitHub Pages every hour, and whenever you press "Run workflow":
# the feed, the calendar, a page per win, flyers, and the widgets with their builder. The sheet and
# calendar addresses are this repository's variables (Settings → Secrets and variables → Actions →
# Variables). Written by coalition-widgets-cli ${version} (coalition-widgets init), which it runs.
name: Publish the coalition site

on:
  schedule:
    - cron: '17 * * * *' # every hour, at 17 minutes past
  workflow_dispatch: # and whenever you press "Run workflow"

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  publish:
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - uses: actions/checkout@v4

      - uses: actions/setup-node@v4
        with:
          node-version: 22

      - id: pages
        uses: actions/configure-pages@v5

      - name: Fetch the feed that is online now
        # so that a list that had entries and now has none (a renamed column, an emptied sheet)
        # stops the job and the site stays as it was
        env:
          SITE_URL: \${{ steps.pages.outputs.base_url }}
        run: curl --fail --silent --location "$SITE_URL/feed.json" --output feed.json || rm -f feed.json

      - name: Build the feed from the calendar and the sheets
        env:
${VARIABLES.map(([name, , what]) => `          ${name}: \${{ vars.${name} }} # ${what}`).join('\n')}
        run: |
          args=(--base feed-base.json --out feed.json)
${VARIABLES.map(([name, option]) => `          if [ -n "$${name}" ]; then args+=(${option} "$${name}"); fi`).join('\n')}
          ${cli} build "\${args[@]}"

      - name: Make the site
        env:
          SITE_URL: \${{ steps.pages.outputs.base_url }}
        run: ${cli} publish --feed feed.json --site-url "$SITE_URL/" --out site

      - uses: actions/upload-pages-artifact@v3
        with:
          path: site

      - id: deployment
        uses: actions/deploy-pages@v4
`;
}

/** The README: the steps in plain words, from "Use this template" to a partner's page. */
export function readme(version: string): string {
  return `# Our coalition's site: wins, events and speakers for every partner's page

This repository makes a small website on GitHub Pages, free, from the calendar and the
spreadsheets you already keep. Every hour it reads them and publishes your coalition's **feed**,
a **calendar** people can subscribe to, a page for each win, and the **builder**, a page where
you and your partners copy the code that shows your wins, events and speakers on any website
(WordPress, Squarespace, Wix, a plain page). Nobody needs to write code.

It takes about 15 minutes, once. You need a Google account and a GitHub account.

## 1. Make your own copy

On this repository's page on GitHub, press **Use this template** → **Create a new repository**.
Give it a name (for example \`coalition-site\`), keep it **Public**, and press **Create repository**.

(If you made these files yourself with \`coalition-widgets init\`, create an empty repository on
GitHub instead and upload them with **Add file → Upload files**, the \`.github\` folder included.)

## 2. Your spreadsheets

The folder \`sheets/\` has three templates, with two example rows each: \`victories.csv\` (your
wins), \`speakers.csv\` (your speakers) and \`events.csv\` (only if you do not keep events in a
calendar). For each one you use:

1. In Google Sheets: **File → Import → Upload**, choose the file, **Replace spreadsheet**.
2. Replace the example rows with your own. Leave the first row (the column names) as it is.
   Ids may stay empty. Dates may be written as Google Sheets writes them (\`3/14/2026\`).
3. **File → Share → Publish to web**: choose the sheet, then **Comma-separated values (.csv)**,
   press **Publish**, and copy the address it shows.

## 3. Your calendar

In Google Calendar: **Settings** → your calendar → **Access permissions** → tick **Make available
to public**. Then, under **Integrate calendar**, copy the **Public address in iCal format**.

## 4. Your coalition's details

In your repository on GitHub, open \`feed-base.json\`, press the pencil (**Edit**), and change the
name, website, email and time zone (such as \`America/New_York\`, \`America/Chicago\`,
\`America/Denver\`, \`America/Los_Angeles\`) to your own. Keep the quotes and commas as they are.
Press **Commit changes**.

## 5. The three addresses, as repository variables

In your repository: **Settings → Secrets and variables → Actions**, the **Variables** tab, and
**New repository variable** for each address you copied:

| Name            | Value                                                        |
| --------------- | ------------------------------------------------------------ |
| \`CALENDAR_URL\`  | the calendar's public address in iCal format                 |
| \`VICTORIES_CSV\` | the victories sheet's address, published as CSV              |
| \`SPEAKERS_CSV\`  | the speakers sheet's address, published as CSV               |
| \`EVENTS_CSV\`    | only if you keep events in a sheet: its address, as CSV     |

## 6. Turn on the site

**Settings → Pages**: under **Build and deployment**, set **Source** to **GitHub Actions**.

## 7. Run it

The **Actions** tab → **Publish the coalition site** → **Run workflow** → **Run workflow**. After a
minute or two a green tick appears. From now on it runs by itself every hour, so a new row in a
sheet or a new event in the calendar is on the site within the hour.

If it shows a red cross instead, open it and the step that failed: the last lines say what to do
in plain words (for example "publish it as CSV", or "make the calendar public").

## 8. Put the widgets on a page

Your site is at \`https://<your account>.github.io/<repository name>/\` (the Pages settings show
the address). Open its **builder**: \`https://<your account>.github.io/<repository name>/builder/\`.
Choose a widget and its options, press **Copy**, and paste the code into the page: in WordPress a
**Custom HTML** block, in Squarespace a **Code** block. Send the builder's address to your partners:
the code they copy loads everything from your site, so it always shows your latest wins and events.

## Feedback from residents

The feedback widget sends residents' words by **email** to the address in \`feed-base.json\`
(\`coalition.email\`): nothing else is needed. To collect them in one place instead, use a hosted
form service: add its address as \`"endpoint"\` and \`"format": "form"\` under \`"feedback"\`.
Coalitions that run a server can receive them on their own machine with
\`coalition-widgets receive\` (see the coalition-widgets documentation, "Receiving feedback").

---

Made with coalition-widgets-cli ${version} (\`coalition-widgets init\`). The workflow in
\`.github/workflows/publish.yml\` runs that version; to move to a newer one, change the version
number in it.
`;
}
