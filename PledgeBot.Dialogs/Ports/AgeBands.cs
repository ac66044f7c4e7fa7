namespace PledgeBot.Dialogs.Ports;

/// <summary>The only age information the campaign asks for.</summary>
public static class AgeBands
{
    public const string From12To14 = "12-14";
    public const string From15To17 = "15-17";
    public const string From18To24 = "18-24";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [From12To14, From15To17, From18To24, Other];
}
