using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PledgeBot.Staff.Exports;

/// <summary>How every staff export answers: <c>csv</c> or <c>json</c> (anything else is not found), Viet Nam days
/// checked the same way, the file named and written to the audit log, then the rows streamed while read.</summary>
public static class ExportFile
{
    private const string Csv = "csv";
    private const string Json = "json";

    /// <summary>An export over the days <c>from</c>..<c>to</c>, named <c>{export}-{from}-{to}.{format}</c>.</summary>
    public static async Task<Results<PushStreamHttpResult, ValidationProblem, NotFound>> DaysAsync<T>(
        string export, string format, string? from, string? to, ExportAudit audit, string keyId,
        Func<ExportRange, CancellationToken, IAsyncEnumerable<T>> read, CancellationToken cancellationToken)
        where T : IExportRow<T>
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(read);
        if (format is not (Csv or Json))
        {
            return TypedResults.NotFound();
        }

        if (!ExportRange.TryParse(from, to, out var range, out var field, out var reason))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] });
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"{export}-{range.From:yyyy-MM-dd}-{range.To:yyyy-MM-dd}.{format}");
        await audit.RecordAsync(keyId, name, cancellationToken);
        return Stream(format, name, read(range, cancellationToken), cancellationToken);
    }

    /// <summary>An export of everything there is, named <c>{export}.{format}</c>.</summary>
    public static async Task<Results<PushStreamHttpResult, ValidationProblem, NotFound>> AllAsync<T>(
        string export, string format, ExportAudit audit, string keyId,
        Func<CancellationToken, IAsyncEnumerable<T>> read, CancellationToken cancellationToken)
        where T : IExportRow<T>
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(read);
        if (format is not (Csv or Json))
        {
            return TypedResults.NotFound();
        }

        var name = $"{export}.{format}";
        await audit.RecordAsync(keyId, name, cancellationToken);
        return Stream(format, name, read(cancellationToken), cancellationToken);
    }

    private static PushStreamHttpResult Stream<T>(string format, string name, IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
        where T : IExportRow<T> =>
        format == Csv
            ? TypedResults.Stream(body => ExportCsv.WriteAsync(body, rows, cancellationToken), "text/csv; charset=utf-8", name)
            : TypedResults.Stream(body => ExportJson.WriteAsync(body, rows, cancellationToken), "application/json", name);
}
