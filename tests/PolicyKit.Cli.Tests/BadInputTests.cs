using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace PolicyKit.Cli.Tests;

/// <summary>Every mistake on the command line exits with 2, prints nothing on stdout, and names the argument.</summary>
public sealed class BadInputTests
{
    private static readonly string[] Valid = { "--party", Cli.Huawei, "--item", "EAR99", "--date", "2019-05-17" };

    /// <summary>A valid check with one option replaced (or added, when absent).</summary>
    private static CliResult CheckWith(string option, string value)
    {
        var args = Valid.ToList();
        int at = args.IndexOf(option);
        if (at >= 0) args[at + 1] = value;
        else args.AddRange(new[] { option, value });
        return Cli.Run(args.Prepend("check").ToArray());
    }

    [Fact]
    public void The_valid_baseline_is_accepted() => Assert.Equal(ExitCodes.NotPermitted, Cli.Run(Valid.Prepend("check").ToArray()).ExitCode);

    [Theory]
    [InlineData("--date", "2019-13-01", "--date: '2019-13-01' is not a valid date; expected yyyy-MM-dd")]
    [InlineData("--date", "2019-02-30", "--date: '2019-02-30' is not a valid date")]
    [InlineData("--date", "17/05/2019", "--date: '17/05/2019' is not a valid date")]
    [InlineData("--date", "2019-5-17", "--date: '2019-5-17' is not a valid date")]
    [InlineData("--item", "5Z999", "--item: '5Z999' is not a classification; expected EAR99 or an ECCN")]
    [InlineData("--item", "EAR-99", "--item: 'EAR-99' is not a classification")]
    [InlineData("--country", "ZZ", "--country: 'ZZ' is not an ISO 3166-1 alpha-2 country code")]
    [InlineData("--country", "CHN", "--country: 'CHN' is not an ISO 3166-1 alpha-2 country code")]
    [InlineData("--activity", "repair", "--activity: 'repair' is not an activity; expected sale, network-maintenance, device-support, security-research, standards or standards-published")]
    [InlineData("--kind", "hardware", "--kind: 'hardware' is not a kind of item; expected commodity, software or technology")]
    [InlineData("--role", "buyer", "--role: 'buyer' is not a party role; expected purchaser, intermediate-consignee, ultimate-consignee or end-user")]
    [InlineData("--transfer", "smuggle", "--transfer: 'smuggle' is not a kind of transfer; expected export, reexport, in-country-transfer or release")]
    [InlineData("--device-kind", "tablet", "--device-kind: 'tablet' is not a kind of device; expected handset, consumer-device or cpe")]
    [InlineData("--contract-date", "yesterday", "--contract-date: 'yesterday' is not a valid date")]
    [InlineData("--device-available", "2019-00-10", "--device-available: '2019-00-10' is not a valid date")]
    [InlineData("--reasons", "XX", "--reasons: 'XX' is not a reason for control")]
    [InlineData("--reasons", "AT", "--reasons: an EAR99 item has no reasons for control")]
    [InlineData("--party", " ", "--party: is blank")]
    public void A_bad_value_names_the_option(string option, string value, string expected) =>
        Cli.AssertBadInput(CheckWith(option, value), expected);

    [Theory]
    [InlineData("--date", "--date: is required; expected yyyy-MM-dd")]
    [InlineData("--party", "--party: is required")]
    [InlineData("--item", "--item: is required")]
    public void A_missing_required_option_is_named(string option, string expected)
    {
        var args = Valid.ToList();
        args.RemoveRange(args.IndexOf(option), 2);

        Cli.AssertBadInput(Cli.Run(args.Prepend("check").ToArray()), expected);
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "'frobnicate': is not a command; expected check, evaluate or rules")]
    [InlineData(new[] { "check", "--colour", "red" }, "--colour: is not an option of 'policykit check'")]
    [InlineData(new[] { "check", "-x" }, "-x: is not an option of 'policykit check'")]
    [InlineData(new[] { "check", "--party", Cli.Huawei, "--item", "EAR99", "--date" }, "--date: needs a value")]
    [InlineData(new[] { "check", "--party", "--item", "EAR99", "--date", "2019-05-17" }, "--party: needs a value")]
    [InlineData(new[] { "check", "--party", "X", "--item", "EAR99", "--date", "2019-05-17", "--json=yes" }, "--json: takes no value")]
    [InlineData(new[] { "check", "--party", "X", "--item", "EAR99", "--date", "2019-05-17", "--date", "2019-05-18" }, "--date: is given more than once")]
    [InlineData(new[] { "check", "--party", "X", "--item", "EAR99", "--date", "2019-05-17", "extra" }, "'extra': unexpected argument")]
    [InlineData(new[] { "check", "--party", "A", "--party", "B", "--country", "DE", "--country", "FR", "--country", "CN", "--item", "EAR99", "--date", "2019-05-17" },
        "--country: is given 3 times for 2 parties")]
    [InlineData(new[] { "check", "--party", "A", "--party", "B", "--party", "C", "--role", "purchaser", "--role", "end-user", "--item", "EAR99", "--date", "2019-05-17" },
        "--role: is given 2 times for 3 parties")]
    [InlineData(new[] { "check", "--party", "X", "--item", "EAR99", "--date", "2019-05-17", "--licence", "a.json", "--licence", "b.json" }, "--licence: is given more than once")]
    [InlineData(new[] { "rules", "--date", "2019-02-29" }, "--date: '2019-02-29' is not a valid date")]
    [InlineData(new[] { "rules", "--party", "X" }, "--party: is not an option of 'policykit rules'")]
    [InlineData(new[] { "evaluate", "--date", "2019-05-17" }, "--date: is not an option of 'policykit evaluate'")]
    public void A_bad_command_line_is_named(string[] args, string expected) => Cli.AssertBadInput(Cli.Run(args), expected);

    [Fact]
    public void No_arguments_prints_usage_on_stderr_and_exits_2()
    {
        var result = Cli.Run();

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("policykit check", result.Error);
    }

    [Fact]
    public void Help_prints_usage_on_stdout_and_exits_0()
    {
        var result = Cli.Run("--help");

        Assert.Equal(ExitCodes.Permitted, result.ExitCode);
        Assert.Contains("policykit evaluate FILE", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void An_unexpected_failure_exits_1_with_one_line_and_no_stack_trace()
    {
        var stderr = new StringWriter();

        int code = CliApp.Run(new[] { "rules" }, new FailingWriter(), stderr);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal("policykit: unexpected error: disk full (set POLICYKIT_DEBUG=1 for details)", stderr.ToString().TrimEnd());
    }

    private sealed class FailingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value) => throw new IOException("disk full");
        public override void Write(string? value) => throw new IOException("disk full");
    }
}
