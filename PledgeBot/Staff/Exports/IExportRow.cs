namespace PledgeBot.Staff.Exports;

/// <summary>A row type that declares its export columns once; the CSV header, the CSV fields and the JSON object all
/// come from <see cref="Columns"/>.</summary>
public interface IExportRow<TSelf>
    where TSelf : IExportRow<TSelf>
{
    static abstract ExportLayout<TSelf> Columns { get; }
}
