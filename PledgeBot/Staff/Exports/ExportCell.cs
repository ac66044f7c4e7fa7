using System.Globalization;
using System.Text.Json;

namespace PledgeBot.Staff.Exports;

/// <summary>One value of an export row, written the same way by the CSV and the JSON writer: text, a whole number,
/// a missing number (an empty cell, JSON <c>null</c>) or a yes/no (<c>true</c>/<c>false</c> in both).</summary>
public readonly record struct ExportCell
{
    private readonly ExportCellKind _kind;
    private readonly string? _text;
    private readonly long _number;

    private ExportCell(ExportCellKind kind, string? text, long number)
    {
        _kind = kind;
        _text = text;
        _number = number;
    }

    public static ExportCell Text(string text) => new(ExportCellKind.Text, text, 0);

    public static ExportCell Number(long number) => new(ExportCellKind.Number, null, number);

    public static ExportCell Number(long? number) => number is { } value ? Number(value) : new(ExportCellKind.Missing, null, 0);

    public static ExportCell Flag(bool flag) => new(ExportCellKind.Flag, null, flag ? 1 : 0);

    /// <summary>The cell as CSV text: numbers in the invariant culture, a missing number empty.</summary>
    public string ToCsv() => _kind switch
    {
        ExportCellKind.Text => _text ?? string.Empty,
        ExportCellKind.Number => _number.ToString(CultureInfo.InvariantCulture),
        ExportCellKind.Flag => _number != 0 ? "true" : "false",
        _ => string.Empty,
    };

    public void WriteJson(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        switch (_kind)
        {
            case ExportCellKind.Text:
                json.WriteStringValue(_text);
                break;
            case ExportCellKind.Number:
                json.WriteNumberValue(_number);
                break;
            case ExportCellKind.Flag:
                json.WriteBooleanValue(_number != 0);
                break;
            default:
                json.WriteNullValue();
                break;
        }
    }
}
