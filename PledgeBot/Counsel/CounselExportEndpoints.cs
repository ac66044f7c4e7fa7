using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using PledgeBot.Staff;
using PledgeBot.Staff.Exports;

namespace PledgeBot.Counsel;

/// <summary><c>GET /admin/export/counsel.{csv|json}?from&amp;to</c> (staff key): the console's counts per Viet Nam day
/// and channel, with the exports' date rules, streaming and audit. Counts only: no chat, no text, no key.</summary>
public static class CounselExportEndpoints
{
    private static readonly string[] s_header =
        ["date", "channel", "requests", "handled", "wait_median_seconds", "wait_p90_seconds", "fallback_out_of_hours", "fallback_timeout"];

    public static RouteGroupBuilder MapCounselExport(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/admin/export").RequireAuthorization(StaffAuth.Policy).WithTags("Staff");
        staff.MapGet("/counsel.{format}", ExportAsync);
        return staff;
    }

    private static async Task<Results<PushStreamHttpResult, ValidationProblem, NotFound>> ExportAsync(
        string format, string? from, string? to, HttpContext context, CounselExportQuery query, ExportAudit audit, CancellationToken cancellationToken)
    {
        if (format is not ("csv" or "json"))
        {
            return TypedResults.NotFound();
        }

        if (!ExportRange.TryParse(from, to, out var range, out var field, out var reason))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] });
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"counsel-{range.From:yyyy-MM-dd}-{range.To:yyyy-MM-dd}.{format}");
        await audit.RecordAsync(context.User.FindFirst(StaffAuth.KeyIdClaim)?.Value ?? "unknown", name, cancellationToken);
        var rows = query.ReadAsync(range, cancellationToken);
        return format == "csv"
            ? TypedResults.Stream(body => ExportCsv.WriteAsync(body, s_header, rows, Fields, cancellationToken), "text/csv; charset=utf-8", name)
            : TypedResults.Stream(body => ExportJson.WriteAsync(body, rows, Write, cancellationToken), "application/json", name);
    }

    private static string[] Fields(CounselMixRow row) =>
    [
        row.Date, row.Channel, Number(row.Requests), Number(row.Handled),
        row.WaitMedianSeconds is { } median ? Number(median) : string.Empty,
        row.WaitP90Seconds is { } p90 ? Number(p90) : string.Empty,
        Number(row.FallbackOutOfHours), Number(row.FallbackTimeout),
    ];

    private static void Write(Utf8JsonWriter json, CounselMixRow row)
    {
        json.WriteStartObject();
        json.WriteString("date", row.Date);
        json.WriteString("channel", row.Channel);
        json.WriteNumber("requests", row.Requests);
        json.WriteNumber("handled", row.Handled);
        WriteWait(json, "waitMedianSeconds", row.WaitMedianSeconds);
        WriteWait(json, "waitP90Seconds", row.WaitP90Seconds);
        json.WriteStartObject("fallbacks");
        json.WriteNumber("outOfHours", row.FallbackOutOfHours);
        json.WriteNumber("timeout", row.FallbackTimeout);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteWait(Utf8JsonWriter json, string name, long? seconds)
    {
        if (seconds is { } value)
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
