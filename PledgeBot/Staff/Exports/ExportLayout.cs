using System.Collections.Immutable;
using System.Text.Json;

namespace PledgeBot.Staff.Exports;

/// <summary>The columns of one export row type, declared once, in order: each column's CSV header, its JSON place
/// (by default the header in camelCase) and its value. The CSV header, a row's CSV fields and its JSON object are all
/// read from this list, so the three cannot drift apart.</summary>
public sealed class ExportLayout<T>
{
    private readonly ImmutableArray<ExportColumn<T>> _columns;

    public ExportLayout()
        : this([])
    {
    }

    private ExportLayout(ImmutableArray<ExportColumn<T>> columns)
    {
        _columns = columns;
        Header = [.. columns.Select(column => column.Header)];
    }

    public IReadOnlyList<ExportColumn<T>> Columns => _columns;

    public IReadOnlyList<string> Header { get; }

    public ExportLayout<T> Text(string header, Func<T, string> value, string? json = null) =>
        Add(header, json, row => ExportCell.Text(value(row)));

    public ExportLayout<T> Number(string header, Func<T, long> value, string? json = null) =>
        Add(header, json, row => ExportCell.Number(value(row)));

    /// <summary>A number that may be missing: an empty CSV cell, a JSON <c>null</c>.</summary>
    public ExportLayout<T> OptionalNumber(string header, Func<T, long?> value, string? json = null) =>
        Add(header, json, row => ExportCell.Number(value(row)));

    public ExportLayout<T> Flag(string header, Func<T, bool> value, string? json = null) =>
        Add(header, json, row => ExportCell.Flag(value(row)));

    /// <summary><paramref name="count"/> number columns from a list the row holds, item <c>i</c> under
    /// <paramref name="header"/>(i) and <paramref name="json"/>(i) (e.g. <c>score_3</c> and <c>scores[]</c>).</summary>
    public ExportLayout<T> Numbers(int count, Func<int, string> header, Func<int, string> json, Func<T, int, long> value)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(value);
        var layout = this;
        for (var i = 0; i < count; i++)
        {
            var index = i;
            layout = layout.Add(header(index), json(index), row => ExportCell.Number(value(row, index)));
        }

        return layout;
    }

    /// <summary>A row as CSV cells, in header order.</summary>
    public string[] Fields(T row)
    {
        var fields = new string[_columns.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = _columns[i].Value(row).ToCsv();
        }

        return fields;
    }

    /// <summary>A row as one JSON object, nested groups opened where their first column stands.</summary>
    public void WriteJson(Utf8JsonWriter json, T row)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        ExportJsonSlot? open = null;
        foreach (var column in _columns)
        {
            var slot = column.Json;
            if (slot.Group != open?.Group)
            {
                Close(json, open);
                Open(json, slot);
                open = slot.Group is null ? null : slot;
            }

            if (slot.Name is not null)
            {
                json.WritePropertyName(slot.Name);
            }

            column.Value(row).WriteJson(json);
        }

        Close(json, open);
        json.WriteEndObject();
    }

    private ExportLayout<T> Add(string header, string? json, Func<T, ExportCell> value)
    {
        ArgumentException.ThrowIfNullOrEmpty(header);
        var slot = ExportJsonSlot.Parse(json ?? ExportJsonSlot.CamelCase(header));
        if (slot.Group is not null && _columns.Length > 0 && _columns[^1].Json.Group != slot.Group
            && _columns.Any(column => column.Json.Group == slot.Group))
        {
            throw new ArgumentException($"The JSON group {slot.Group} must be declared in one run of columns.", nameof(json));
        }

        return new ExportLayout<T>(_columns.Add(new ExportColumn<T>(header, slot, value)));
    }

    private static void Open(Utf8JsonWriter json, ExportJsonSlot slot)
    {
        if (slot.Group is null)
        {
            return;
        }

        if (slot.InArray)
        {
            json.WriteStartArray(slot.Group);
        }
        else
        {
            json.WriteStartObject(slot.Group);
        }
    }

    private static void Close(Utf8JsonWriter json, ExportJsonSlot? open)
    {
        if (open is null)
        {
            return;
        }

        if (open.InArray)
        {
            json.WriteEndArray();
        }
        else
        {
            json.WriteEndObject();
        }
    }
}
