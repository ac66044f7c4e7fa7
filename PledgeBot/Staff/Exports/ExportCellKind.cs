namespace PledgeBot.Staff.Exports;

/// <summary>What an <see cref="ExportCell"/> holds.</summary>
public enum ExportCellKind
{
    /// <summary>No number (a wait on a day nobody waited).</summary>
    Missing,

    Text,

    Number,

    Flag,
}
