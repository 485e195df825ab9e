/** Help texts. Every example here is a real command. */

const EXIT_CODES = `Exit codes:
  0  every record was scored
  1  some records failed (error records were written), or --fail-on flagged matched
  2  usage or configuration error (unknown option, bad value, unreadable input or output)
  70 internal error (a bug: please report it)
  130, 143  score stopped by SIGINT or SIGTERM: the -o file holds whole records, in order, and
     the same command with --resume completes it`;

/** `trafficking-signals --help`. */
export const MAIN_HELP = `trafficking-signals — reads online ads and reports human-trafficking risk signals with the
evidence for each. Triage for human review, never a verdict.

Usage:
  trafficking-signals <command> [options]

Commands:
  score [files…]           score JSONL/CSV records; one output record per input record
  explain ["text"]         show one ad with its evidence highlighted and every signal explained
  link [files…]            group ads that share contacts or near-duplicate text (JSONL clusters)
  merge-summaries a.json…  add up --summary files of shards into one
  schema [assessment|options]  print the JSON Schemas of the output and of the options
  serve                    run the HTTP service (POST /v1/assess, /v1/assess/batch; /openapi.json)

Examples:
  trafficking-signals score fixtures/sample.jsonl --format table
  trafficking-signals score ads.jsonl -o scored.jsonl --summary summary.json --report report.html
  trafficking-signals score ads.csv --text-field body --id-field ad_id --format csv -o scored.csv
  cat ads.jsonl | trafficking-signals score --fail-on flagged > /dev/null
  trafficking-signals score ads.jsonl.gz --shard 3/8 -o part-3.jsonl --summary part-3.json
  trafficking-signals merge-summaries part-*.json -o summary.json
  trafficking-signals explain "Hostess job abroad, agency keeps your passport"
  trafficking-signals serve --port 8080

Run 'trafficking-signals <command> --help' for a command's options.
Options: -h, --help   show help;  -v, --version   print the version.
Environment: NO_COLOR turns colour off, FORCE_COLOR on; CI (set) hides the progress bar.

${EXIT_CODES}
`;

/** `trafficking-signals score --help`. */
export const SCORE_HELP = `Usage: trafficking-signals score [files…] [options]

Reads records from files (format by extension: .jsonl .ndjson .json .csv .tsv, optionally .gz)
or stdin ('-' or no file; JSONL unless --input-format), and writes one output record per input
record in input order. A record that cannot be read or scored becomes an error record
{ id, line, error: { code, message } } and the run goes on.

Input:
  --text-field PATH     field with the ad text: a dot path in JSONL (ad.body), a header in CSV.
                        Without it, the field is found from the first record: the one of text,
                        body, description, content, message, ad (any case) that it has; the
                        choice is said on stderr, and a record with none or several is an error
  --id-field PATH       field with the record id [id]; missing ids fall back to the line/row number
                        (file:line with several inputs)
  --keep-fields A,B     copy these input fields to the output (JSONL: under "fields")
  --input-format F      jsonl, csv or tsv: overrides the extension; needed for CSV on stdin

Output:
  -o, --output FILE     write here instead of stdout
  -f, --format F        jsonl (default: { id, ...assessment }), csv (id, score, level, flagged,
                        language, one column per category, signals, top evidence; cells that
                        start with = + - @ are prefixed with ' against spreadsheet formulas), or
                        table (aligned, for reading; fits the terminal, 100 columns otherwise)
  --summary FILE.json   counts, levels, score histogram, categories, rules, languages, ruleset
                        and options; also printed as a short table on stderr
  --report FILE.html    one self-contained HTML file: charts, the top records with evidence,
                        and clusters of ads sharing contacts or near-duplicate text
  --top N               records in the report [50]
  --no-clusters         leave clusters out of the report (linking holds a little state per ad)

Scoring:
  --language L          auto, en, fr, es, de, pt or it [auto]
  --flag-level L        lowest level that sets "flagged": low, medium or high [medium]
  --max-length N        longer texts are cut (a warning says so) [100000]
  --reference-year N    the year ages are counted in when an ad gives a year of birth
                        ("Jg. 2010", "born in 2009") [the current year]
  --disable-rules IDS   comma-separated rule ids to switch off
  --pack FILE           a custom rule pack, YAML or JSON (repeatable): extra rules, weights of
                        rules by id, rules switched off; checked before any record is read (a
                        bad pack exits 2 naming the file, the rule and the field); the results'
                        ruleset names each pack with its sha256
  --fail-on flagged     exit 1 when any record is flagged (default: never)

Scale:
  -w, --workers N       worker threads [one per core]; 1 scores in this thread
  --batch-size N        records per worker task [128]
  --timeout MS          per-record time limit; a record over it becomes an error record with
                        code "timeout" (0: none) [10000]. With --workers 1 a record is timed
                        after it finishes and cannot be interrupted.
  --shard i/N           score only records whose id hashes to share i of N (MD5 of the id);
                        merge the shards' summaries with merge-summaries
  --resume              skip ids already in the -o file and append to it; --summary then counts
                        this run's records (merge-summaries adds the earlier run's). After
                        SIGINT/SIGTERM (exit 130/143) it gives exactly the output of an
                        uninterrupted run, provided record ids are unique

Examples:
  trafficking-signals score fixtures/sample.jsonl --format table
  trafficking-signals score ads.jsonl -o scored.jsonl --summary summary.json --report report.html
  trafficking-signals score - --input-format csv --text-field body < ads.csv
  trafficking-signals score ads.jsonl -o scored.jsonl --resume
  trafficking-signals score ads.jsonl --pack acme-rules.yml -o scored.jsonl
  trafficking-signals score ads.jsonl | head

${EXIT_CODES}
`;

/** `trafficking-signals explain --help`. */
export const EXPLAIN_HELP = `Usage: trafficking-signals explain ["ad text"] [options]

Prints the ad with its evidence highlighted (colour on a terminal; otherwise [[signal]],
{{negated}} and ((awareness)) markers), the level and score, and each signal with its category,
weight, description, evidence and source; then awareness cues, negated matches and warnings.
Reads stdin when no text is given.

Options:
  -f, --format F        text or json (the full assessment) [text]
  --language L, --flag-level L, --max-length N, --reference-year N, --disable-rules IDS, --pack FILE   as for score

Examples:
  trafficking-signals explain "Hostess job abroad, agency keeps your passport, WhatsApp only"
  jq -r .text ad.json | trafficking-signals explain

${EXIT_CODES}
`;

/** `trafficking-signals link --help`. */
export const LINK_HELP = `Usage: trafficking-signals link [files…] [options]

Groups ads that share contact details (phone numbers, e-mails, messenger handles, wallets) or
near-duplicate text into clusters and writes one JSON line per cluster: members, what links
them, cities and names used, time span and the highest level among the members. Input as for
score (files or stdin, JSONL or CSV). Unreadable records are listed on stderr.

Options:
  --text-field PATH, --id-field PATH, --input-format F   as for score
  --date-field PATH     field with the ad's date, ISO 8601 [date]
  --link-by KINDS       comma-separated: phone, email, handle, wallet, text [all]
  --jaccard X           near-duplicate threshold on word 3-shingles, 0 < X <= 1 [0.6]
  --min-cluster-size N  smallest cluster written [2]
  --language L          language of every ad (en, fr, es, de, pt, it) [guessed per ad]
  -o, --output FILE     write here instead of stdout

Examples:
  trafficking-signals link ads.jsonl -o clusters.jsonl
  trafficking-signals link ads.csv --text-field body --id-field ad_id --link-by phone,email

${EXIT_CODES}
`;

/** `trafficking-signals merge-summaries --help`. */
export const MERGE_HELP = `Usage: trafficking-signals merge-summaries a.json b.json … [-o merged.json]

Adds up summaries written by 'score --summary'. They must share the ruleset and the options.
Merging every shard 1/N … N/N gives exactly the summary of the unsharded run; a run and its
--resume continuation add up the same way.

Options:
  -o, --output FILE     write the merged summary here (and a short table on stderr) instead of stdout
  -q, --quiet           no table on stderr

Example:
  trafficking-signals merge-summaries part-1.json part-2.json -o summary.json

${EXIT_CODES}
`;

/** `trafficking-signals schema --help`. */
export const SCHEMA_HELP = `Usage: trafficking-signals schema [assessment|options]

Prints the JSON Schema (draft 2020-12) of the assessment (the output) and of the options, or
just one of them.

Example:
  trafficking-signals schema assessment > assessment.schema.json
`;

/** `trafficking-signals serve --help`. */
export const SERVE_HELP = `Usage: trafficking-signals serve [options]

Runs the HTTP service: POST /v1/assess { text, options? } answers an Assessment;
POST /v1/assess/batch { items: [{ id, text }], options? } one result per item, in order;
GET /v1/rules, /v1/schema, /openapi.json (OpenAPI 3.1), /healthz (alive), /readyz (ready).
Every response carries the header x-ruleset-sha256; every error is { error: { code, message } }.
Scoring runs on worker threads. One JSON log line per request on stdout (pino), without the ad
text unless --log-text. SIGTERM or SIGINT: stop accepting, answer the requests in flight, exit 0.

Options:
  -p, --port N          port [8080]; 0 picks a free one (the log says which)
  --host H              address to listen on [127.0.0.1]; 0.0.0.0 for every interface
  -w, --workers N       worker threads [cores − 1, at least 1]
  --max-body BYTES      largest request body; larger ones get 413 body_too_large [1048576]
  --max-items N         most items in one batch; more get 413 too_many_items [1000]
  --timeout MS          time limit of one request, waiting for a worker included; over it the
                        answer is 504 timeout (0: none) [10000]
  --queue N             scoring requests admitted at once (running or waiting); more get
                        503 queue_full with Retry-After [256]
  --log-level L         fatal, error, warn, info, debug or silent [info]
  --log-text            put the ad texts into the log lines (off by default: ads are personal data)
  --pack FILE           a custom rule pack, YAML or JSON (repeatable), applied to every request
                        (requests cannot send packs); answers carry it in ruleset.packs and the
                        header x-ruleset-packs; a bad pack exits 2 naming the file, rule and field

Examples:
  trafficking-signals serve
  trafficking-signals serve --host 0.0.0.0 --port 8080 --workers 3
  trafficking-signals serve --pack acme-rules.yml
  curl -s localhost:8080/v1/assess -H 'content-type: application/json' -d '{"text":"Hostess job abroad"}'

Exit codes:
  0  stopped by SIGTERM or SIGINT after answering every request in flight
  1  stopped by a second signal without waiting
  2  usage error (unknown option, bad value, port in use)
  70 internal error (the worker threads could not start)
`;
