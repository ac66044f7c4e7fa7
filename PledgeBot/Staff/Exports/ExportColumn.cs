namespace PledgeBot.Staff.Exports;

/// <summary>One column of an export: its CSV header, its place in the JSON object and how a row gives its value.</summary>
public sealed record ExportColumn<T>(string Header, ExportJsonSlot Json, Func<T, ExportCell> Value);
