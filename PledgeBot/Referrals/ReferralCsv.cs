using CsvHelper;

namespace PledgeBot.Referrals;

/// <summary>Reads a bulk import (<c>code,owner,kind</c> and optionally <c>note</c>, with a header row; Excel's BOM is fine) into rows with their
/// line numbers, for <see cref="ReferralImport"/> to check one by one.</summary>
internal static class ReferralCsv
{
    private static readonly string[] s_columns = ["code", "owner", "kind"];

    /// <summary>The rows; <paramref name="error"/> says why the file as a whole is refused.</summary>
    public static bool TryRead(
        byte[] body, int maxRows, out List<(int Line, string? Code, string? Owner, string? Kind, string? Note)> rows, out string? error)
    {
        rows = [];
        error = null;
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            IncludeValuesInExceptions = false,
            MaxRecordSize = 16 * 1024,
        };
        try
        {
            using var csv = CsvReader.Create(body, options);
            var indexes = new int[s_columns.Length];
            var hasRecord = csv.Read();
            for (var i = 0; i < s_columns.Length; i++)
            {
                if (!csv.TryGetFieldIndex(s_columns[i], out indexes[i]))
                {
                    error = "The first line must be the header code,owner,kind.";
                    return false;
                }
            }

            var noteIndex = csv.TryGetFieldIndex("note", out var found) ? found : -1;
            for (; hasRecord; hasRecord = csv.Read())
            {
                if (rows.Count == maxRows)
                {
                    error = $"An import holds at most {maxRows} rows; split the file.";
                    return false;
                }

                rows.Add(((int)csv.LineNumber, Field(csv, indexes[0]), Field(csv, indexes[1]), Field(csv, indexes[2]),
                    noteIndex < 0 ? null : Field(csv, noteIndex)));
            }

            return true;
        }
        catch (CsvFormatException exception)
        {
            error = $"The CSV is malformed at line {exception.LineNumber}.";
            return false;
        }
    }

    private static string? Field(CsvReader csv, int index) => index < csv.FieldCount ? csv.GetString(index) : null;
}
