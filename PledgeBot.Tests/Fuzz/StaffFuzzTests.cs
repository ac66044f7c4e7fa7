using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace PledgeBot.Tests.Fuzz;

/// <summary>Generated input on every staff route, with a valid staff key: date ranges of every shape on the exports and
/// the dashboard (a 200 CSV must parse to its last line), codes of every shape, malformed JSON and CSV bodies.</summary>
[Collection(FuzzCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class StaffFuzzTests(FuzzHostFixture host)
{
    private static readonly JsonObject s_newCode = new() { ["code"] = "FUZZ0001", ["owner"] = "KOL Fuzz", ["kind"] = "kol" };

    private static readonly JsonObject s_change = new() { ["active"] = false };

    /// <summary>Dates as a query may carry them: real ones across the calendar, its ends, impossible and malformed ones.</summary>
    private static readonly Gen<string?> s_date = Gen.Frequency(
        (3, Gen.DateOnly.Select(day => (string?)day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
        (3, Gen.Int[-400, 400].Select(offset => (string?)new DateOnly(2034, 6, 1).AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
        (3, Gen.OneOf<string?>(
            "9999-12-31", "9999-12-30", "0001-01-01", "1999-12-31", "2000-01-01", "2999-12-31", "3000-01-01", "2034-02-30",
            "2034-13-01", "2034-1-1", "34-01-01", "2034/01/01", "", " ", "null", "２０３４-01-01", "2034-01-01T00:00:00Z",
            "-2034-01-01", "+2034-01-01", "20340101", "2034-01-01\u0000", new string('9', 5000), null)),
        (1, Gen.String[0, 12].Select(text => (string?)text)));

    /// <summary>Ranges that fit the length limit, ending at the calendar's ends and the bounds' edges, or anywhere.</summary>
    private static readonly Gen<(string? From, string? To)> s_range = Gen.Select(
        Gen.OneOf(Gen.OneOf(DateOnly.MaxValue, new DateOnly(2999, 12, 31), new DateOnly(3000, 1, 1), new DateOnly(2000, 1, 1)), Gen.DateOnly),
        Gen.Int[0, 370],
        (end, days) => (Day(DateOnly.FromDayNumber(Math.Max(0, end.DayNumber - days))), Day(end)));

    /// <summary>Codes as a path may carry them: real ones, too short or long, other alphabets, dots and slashes, escapes.</summary>
    private static readonly Gen<string> s_code = Gen.Frequency(
        (2, Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"].Array[1, 40].Select(chars => new string(chars))),
        (2, Gen.OneOf("FUZZ0001", "a", "ab", "ĐÀNẴNG", "..", ".", "%00", "%2F", "a b", "🙂🙂🙂", "\u00ff\u00fe", new string('A', 3000), "CON", "qr.png")),
        (1, Gen.String[1, 20]));

    [Fact]
    public async Task Exports_and_the_dashboard_answer_any_range_without_a_server_error_or_a_cut_off_body()
    {
        var mark = host.Log.Errors.Count;
        using var client = host.StaffClient();
        var routes = Gen.OneOf(
            "admin/export/pledges.csv", "admin/export/pledges.json", "admin/export/quiz.csv", "admin/export/quiz.json",
            "admin/export/safety.csv", "admin/export/safety.json", "admin/export/referrals.csv", "admin/export/referrals.json",
            "admin/export/pledges.xml", "admin/export/pledges.", "admin/dashboard.json");

        var ranges = Gen.Frequency((1, s_range), (1, Gen.Select(s_date, s_date, (from, to) => (From: from, To: to))));
        await Gen.Select(routes, ranges).SampleAsync(
            async (route, range) =>
            {
                var query = QueryString(("from", range.From), ("to", range.To));
                using var response = await client.GetAsync(route + query);
                await FuzzAssert.AnsweredAsync(response, route + query);
            },
            iter: 300,
            threads: 2);

        await FuzzAssert.StillHealthyAsync(host, mark);
    }

    [Fact]
    public async Task Referral_routes_answer_any_code_query_or_body_without_a_server_error()
    {
        var mark = host.Log.Errors.Count;
        using var client = host.StaffClient();
        var requests = Gen.Frequency(
            (3, s_code.Select(code => new FuzzCall("GET", $"admin/referral-codes/{Uri.EscapeDataString(code)}"))),
            (2, s_code.Select(code => new FuzzCall("GET", $"admin/referral-codes/{Uri.EscapeDataString(code)}/qr.png"))),
            (2, Gen.Select(s_code, JsonMutations.Of(s_change), (code, body) => new FuzzCall("PATCH", $"admin/referral-codes/{Uri.EscapeDataString(code)}", body))),
            (3, JsonMutations.Of(s_newCode).Select(body => new FuzzCall("POST", "admin/referral-codes", body))),
            (3, ReferralCsvBodies().Select(body => new FuzzCall("POST", "admin/referral-codes/bulk", body, "text/csv"))),
            (2, Gen.Select(s_code, s_code, s_code, (kind, sort, page) =>
                new FuzzCall("GET", "admin/referral-codes" + QueryString(("kind", kind), ("sort", sort), ("page", page))))),
            (1, Gen.Const(new FuzzCall("GET", "admin/referral-unknown"))));

        await FuzzAssert.EveryAnsweredAsync(
            requests,
            async call =>
            {
                using var request = call.ToRequest();
                return await client.SendAsync(request);
            },
            call => call.ToString());

        await FuzzAssert.StillHealthyAsync(host, mark);
    }

    /// <summary>Bulk imports: a header and rows of generated fields, quotes that do not close, bytes that are not UTF-8.</summary>
    private static Gen<byte[]> ReferralCsvBodies()
    {
        var field = Gen.Frequency(
            (4, Gen.Char["ABCDEFGHIJ0123456789"].Array[3, 10].Select(chars => new string(chars))),
            (2, Gen.OneOf("kol", "booth", "school", "", "\"", "\"unclosed", "a\"b", "\"x\"\"y\"", "=cmd|' /C calc'!A0", "\r", "\n", ",,,", "ĐÀ NẴNG")),
            (1, Gen.String[0, 10]));
        var row = field.Array[0, 5].Select(fields => string.Join(',', fields));
        var text = Gen.Select(Gen.OneOf("code,owner,kind", "\uFEFFcode,owner,kind", "code;owner;kind", "", "owner,code"), row.Array[0, 6],
            (header, rows) => header + "\r\n" + string.Join("\r\n", rows));
        return Gen.Frequency(
            (5, text.Select(Encoding.UTF8.GetBytes)),
            (1, Gen.Select(text, Gen.Int[0, 40], (csv, at) =>
            {
                var bytes = Encoding.UTF8.GetBytes(csv);
                var cut = Math.Min(at, bytes.Length);
                return (byte[])[.. bytes.AsSpan(0, cut), 0xFF, 0xC3, 0x28, .. bytes.AsSpan(cut)];
            })));
    }

    private static string? Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string QueryString(params (string Name, string? Value)[] parameters)
    {
        var present = parameters.Where(parameter => parameter.Value is not null).ToList();
        return present.Count == 0 ? string.Empty : "?" + string.Join('&', present.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
    }
}
