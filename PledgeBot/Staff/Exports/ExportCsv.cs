using CsvHelper;

namespace PledgeBot.Staff.Exports;

/// <summary>Writes export rows as CSV for Excel while they are read: RFC 4180, UTF-8 with a BOM (so Vietnamese shows
/// right), and a cell that starts like a formula (<c>= + - @</c>, tab, CR) prefixed with <c>'</c>.</summary>
internal static class ExportCsv
{
    private static readonly CsvWriterOptions s_options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
    };

    /// <summary>The header and then every row, both from the row type's one declaration of its columns.</summary>
    public static async Task WriteAsync<T>(Stream body, IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
        where T : IExportRow<T>
    {
        var columns = T.Columns;
        await using var csv = CsvWriter.Create(body, s_options, leaveOpen: true);
        await csv.WriteRecordAsync([.. columns.Header], cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync(columns.Fields(row), cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}
