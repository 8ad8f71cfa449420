namespace PolicyKit.Cli;

/// <summary>The help texts.</summary>
internal static class Usage
{
    private static readonly string Values =
        $"""
          Values:
            --role          {Vocabulary.Names(Terms.Roles)} (default end-user)
            --kind          {Vocabulary.Names(Terms.ItemKinds)} (default commodity)
            --activity      {Vocabulary.ActivityNames} (default sale)
            --transfer      {Vocabulary.Names(Terms.Transfers)} (default export)
            --device-kind   {Vocabulary.Names(Terms.DeviceKinds)}
            dates           yyyy-MM-dd
            --item          EAR99 or an ECCN such as 5A992, 5E002 or 5A992.c
            --reasons       reasons for control of an ECCN, e.g. AT or NS,AT (unknown reasons: AT-only carve-outs need review)

        """;

    private const string ExitCodesText =
        """
          Exit codes: 0 permitted, 3 licence required or prohibited, 4 needs review, 2 bad input, 1 unexpected error.

        """;

    public static readonly string Main =
        """
        policykit: US export-control decisions (Entity List, Temporary General Licence, standards carve-outs), date-exact.

        Usage:
          policykit check --party NAME --item EAR99|ECCN --date YYYY-MM-DD [options]   decide one request
          policykit evaluate FILE [--json] [--explain] [--licence FILE]                 decide every request of a .csv, .json or .jsonl file
          policykit rules [--date YYYY-MM-DD] [--json]                                   list the built-in rules

        Run 'policykit COMMAND --help' for a command's options.

        """ + ExitCodesText;

    public static readonly string Check =
        """
        Usage: policykit check --party NAME --item EAR99|ECCN --date YYYY-MM-DD [options]

          --party NAME              a party; repeat for several parties
          --country CC              its ISO 3166-1 alpha-2 country code
          --role ROLE               its role
          --list-id ID              the Entity List entry it is already known to be, e.g. HUAWEI-0001
                                    (country, role and list-id: give once for every party, or once per --party in order)
          --item EAR99|ECCN         the item's classification
          --reasons LIST            the ECCN's reasons for control
          --kind KIND               commodity, software or technology
          --activity ACTIVITY       what the transaction is for
          --transfer KIND           how the item moves
          --contract-date DATE      date of the contract the transaction fulfils
          --device-available DATE   date the supported device was first available to the public
          --device-kind KIND        kind of the supported device
          --standards-body TEXT     the standards organisation, for the record
          --reference TEXT          your own reference, echoed in --json
          --date DATE               the date of the transaction (required)
          --licence FILE            the exporter's specific licences (JSON)
          --json                    one JSON object instead of a summary line
          --explain                 the reasons as a tree with citations

        """ + Values + ExitCodesText;

    public static readonly string Evaluate =
        """
        Usage: policykit evaluate FILE [--json] [--explain] [--licence FILE]

          FILE is .csv (a header row, then one request per row), .json (an array of objects) or .jsonl
          (one object per line). Fields are named like the check options without '--': date, party,
          country, role, list-id, item, reasons, kind, activity, transfer, contract-date,
          device-available, device-kind, standards-body, reference. date, party and item are required;
          an empty cell is an absent field. In JSON, a field may be a list, e.g. several parties.
          The whole file is checked before anything is printed; a bad row is reported as
          FILE:LINE: field 'NAME': problem, with exit code 2.

          --json      JSON lines, one object per request
          --explain   each decision's reasons as a tree with citations
          --licence   the exporter's specific licences (JSON)

        """ + Values + "  Exit code: 3 if any request is not permitted, else 4 if any needs review, else 0; 2 for a bad file.\n";

    public static readonly string Rules =
        """
        Usage: policykit rules [--date YYYY-MM-DD] [--json]

          Lists the built-in rules: identifier, effect, the dates they are in force, and citations.
          --date   only the rules in force on that date
          --json   JSON lines, one object per rule

        """;
}
