-- The order reports sort text in, for the screen (sorted in SQL) to match the downloads (sorted in
-- memory by src/server/reports/framework/view.ts: Intl.Collator 'en', numeric, sensitivity base):
-- numbers inside text by value ("Bed 9" before "Bed 10"), capitals and accents ignored, so that
-- such ties fall to the next sort key as they do in memory. Nondeterministic: order only, never
-- for equality or substring tests.
CREATE COLLATION hearth_report_order (provider = icu, locale = 'en-u-kn-true-ks-level1', deterministic = false);
