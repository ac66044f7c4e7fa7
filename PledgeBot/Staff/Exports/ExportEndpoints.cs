using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PledgeBot.Staff.Exports;

/// <summary>Staff exports under <c>/admin/export</c> (staff key required on the group): aggregates only, as CSV for
/// Excel or JSON, streamed while read, each one written to the audit log.</summary>
public static class ExportEndpoints
{
    private const string Csv = "csv";
    private const string Json = "json";

    private static readonly string[] s_pledgeHeader = ["date", "province", "channel", "referral_code", "age_band", "pledges"];
    private static readonly string[] s_quizHeader =
        ["date", "channel", "referral_code", "completions", "score_0", "score_1", "score_2", "score_3", "score_4", "score_5"];
    private static readonly string[] s_safetyHeader =
        ["date", "channel", "talk_requests", "risk_interrupts", .. PledgeBot.Dialogs.Content.SafetyCategories.All.Select(c => $"risk_{c}")];
    private static readonly string[] s_referralHeader = ["code", "owner", "kind", "active", "created_at", "reach", "pledges", "quiz_completions"];

    public static RouteGroupBuilder MapExports(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/admin/export").RequireAuthorization(StaffAuth.Policy).WithTags("Staff");
        staff.MapGet("/pledges.{format}", ExportPledgesAsync);
        staff.MapGet("/referrals.{format}", ExportReferralsAsync);
        staff.MapGet("/quiz.{format}", ExportQuizAsync);
        staff.MapGet("/safety.{format}", ExportSafetyAsync);
        return staff;
    }

    private static Task<Results<PushStreamHttpResult, ValidationProblem, NotFound>> ExportPledgesAsync(
        string format, string? from, string? to, [AsParameters] ExportServices services, CancellationToken cancellationToken) =>
        ExportDaysAsync("pledges", format, from, to, services, services.Pledges.ReadAsync,
            s_pledgeHeader, PledgeFields, WritePledge, cancellationToken);

    private static Task<Results<PushStreamHttpResult, ValidationProblem, NotFound>> ExportQuizAsync(
        string format, string? from, string? to, [AsParameters] ExportServices services, CancellationToken cancellationToken) =>
        ExportDaysAsync("quiz", format, from, to, services, services.Quizzes.ReadAsync,
            s_quizHeader, ExportFields.Quiz, ExportFields.WriteQuiz, cancellationToken);

    private static Task<Results<PushStreamHttpResult, ValidationProblem, NotFound>> ExportSafetyAsync(
        string format, string? from, string? to, [AsParameters] ExportServices services, CancellationToken cancellationToken) =>
        ExportDaysAsync("safety", format, from, to, services, services.Safety.ReadAsync,
            s_safetyHeader, ExportFields.Safety, ExportFields.WriteSafety, cancellationToken);

    /// <summary>An export over Viet Nam days: the same date rules, file name and audit for each.</summary>
    private static async Task<Results<PushStreamHttpResult, ValidationProblem, NotFound>> ExportDaysAsync<T>(
        string export, string format, string? from, string? to, ExportServices services,
        Func<ExportRange, CancellationToken, IAsyncEnumerable<T>> read, string[] header, Func<T, string[]> fields,
        Action<Utf8JsonWriter, T> write, CancellationToken cancellationToken)
    {
        if (format is not (Csv or Json))
        {
            return TypedResults.NotFound();
        }

        if (!ExportRange.TryParse(from, to, out var range, out var field, out var reason))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] });
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"{export}-{range.From:yyyy-MM-dd}-{range.To:yyyy-MM-dd}.{format}");
        await services.Audit.RecordAsync(services.KeyId, name, cancellationToken);
        var rows = read(range, cancellationToken);
        return format == Csv
            ? TypedResults.Stream(body => ExportCsv.WriteAsync(body, header, rows, fields, cancellationToken), "text/csv; charset=utf-8", name)
            : TypedResults.Stream(body => ExportJson.WriteAsync(body, rows, write, cancellationToken), "application/json", name);
    }

    private static async Task<Results<PushStreamHttpResult, ValidationProblem, NotFound>> ExportReferralsAsync(
        string format, [AsParameters] ExportServices services, CancellationToken cancellationToken)
    {
        if (format is not (Csv or Json))
        {
            return TypedResults.NotFound();
        }

        var name = $"referrals.{format}";
        await services.Audit.RecordAsync(services.KeyId, name, cancellationToken);
        var rows = services.Referrals.ReadAsync(cancellationToken);
        return format == Csv
            ? TypedResults.Stream(
                body => ExportCsv.WriteAsync(body, s_referralHeader, rows, ReferralFields, cancellationToken),
                "text/csv; charset=utf-8", name)
            : TypedResults.Stream(body => ExportJson.WriteAsync(body, rows, WriteReferral, cancellationToken), "application/json", name);
    }

    private static string[] PledgeFields(PledgeMixRow row) =>
        [row.Date, row.Province, row.Channel, row.ReferralCode, row.AgeBand, Number(row.Pledges)];

    private static string[] ReferralFields(ReferralExportRow row) =>
        [row.Code, row.Owner, row.Kind, row.Active ? "true" : "false", row.CreatedAt, Number(row.Reach), Number(row.Pledges), Number(row.QuizCompletions)];

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void WritePledge(Utf8JsonWriter json, PledgeMixRow row)
    {
        json.WriteStartObject();
        json.WriteString("date", row.Date);
        json.WriteString("province", row.Province);
        json.WriteString("channel", row.Channel);
        json.WriteString("referralCode", row.ReferralCode);
        json.WriteString("ageBand", row.AgeBand);
        json.WriteNumber("pledges", row.Pledges);
        json.WriteEndObject();
    }

    private static void WriteReferral(Utf8JsonWriter json, ReferralExportRow row)
    {
        json.WriteStartObject();
        json.WriteString("code", row.Code);
        json.WriteString("owner", row.Owner);
        json.WriteString("kind", row.Kind);
        json.WriteBoolean("active", row.Active);
        json.WriteString("createdAt", row.CreatedAt);
        json.WriteNumber("reach", row.Reach);
        json.WriteNumber("pledges", row.Pledges);
        json.WriteNumber("quizCompletions", row.QuizCompletions);
        json.WriteEndObject();
    }
}
