/** Help texts, one per command, kept together so wording stays consistent. */
export const MAIN_USAGE = `containeros — answers questions about container operating systems from cited sources

Usage:
  containeros ask [--json] [QUESTION...]   answer a question (no question and piped stdin: one per line)
  containeros kb check [--older-than 5y]   validate the knowledge base and print counts
  containeros kb export [--json]           print the whole knowledge base as JSON
  containeros kb add-source FILE --id ID --title T --author A --date YYYY-MM-DD --url URL
                                           copy a source's text into the knowledge and list it
  containeros gaps [--json] [--since 7d]   unanswered and unhelpful questions, for curators

Options for every command:
  --knowledge DIR   knowledge folder (default: the project's knowledge/, or CONTAINEROS_KNOWLEDGE_DIR)
  --articles DIR    folder of the article texts used to verify evidence (default: ../shared/seeds)
  -h, --help        show help for a command
  -v, --version     print the version

Exit codes: 0 done, 1 knowledge base invalid, store unreachable or internal error, 2 usage error.`;

export const ASK_USAGE = `Usage: containeros ask [--json] [QUESTION...]

Answers one question given as arguments. With no question and stdin not a terminal, reads one
question per line and answers each in order (an empty line gets help).

  --json   print each answer as one JSON object on one line (the contract in README.md)

Examples:
  containeros ask "security atomic"
  containeros ask --json "coreos vs atomic"
  printf 'size rancheros\\nupdates\\n' | containeros ask --json`;

export const KB_USAGE = `Usage: containeros kb check [--older-than AGE] | containeros kb export [--json]
       containeros kb add-source FILE --id ID --title TITLE --author AUTHOR --date YYYY-MM-DD --url URL

  check        validate every knowledge file (schema, references, evidence against the sources'
               texts); prints counts per system and topic, or every problem with file and path (exit 1)
    --older-than AGE   also list, by system, the facts resting only on sources older than AGE
                       (5y, 90d, 12w), for re-checking
  export       print { sources, systems, topics, facts, limits } as JSON, its only format
               (--json optional)
  add-source   copy FILE (plain text or Markdown) to sources/ID.txt (or .md) in the knowledge
               folder and add its entry to sources.yml, keeping the file's comments and layout;
               bad input (an id in use, a bad date or URL, a file that is unreadable, binary or
               empty) is refused with every reason, and nothing is changed (exit 1)`;

export const GAPS_USAGE = `Usage: containeros gaps [--json] [--since DURATION]

Lists questions the bot could not answer and answers marked unhelpful, grouped by similar text,
most frequent first, with counts and when each was last seen.

  --json            print one JSON object
  --since DURATION  only events newer than this: 30m, 12h, 7d (default: all)`;
