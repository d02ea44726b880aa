// Karma for the client's unit specs: real headless Chromium (CHROME_BIN=/usr/bin/chromium), one run, counts printed.
module.exports = function (config) {
  config.set({
    frameworks: ['jasmine'],
    plugins: [require('karma-jasmine'), require('karma-chrome-launcher')],
    client: {
      jasmine: { random: true },
      clearContext: true,
    },
    // Dots, then Karma's closing line "Executed N of M SUCCESS" (or the failures); no cursor tricks in CI logs.
    reporters: ['dots'],
    colors: Boolean(process.stdout.isTTY),
    browsers: ['ChromeHeadlessCI'],
    customLaunchers: {
      ChromeHeadlessCI: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
        ],
      },
    },
    browserNoActivityTimeout: 120000,
    captureTimeout: 120000,
    singleRun: true,
    autoWatch: false,
    restartOnFileChange: false,
  });
};
