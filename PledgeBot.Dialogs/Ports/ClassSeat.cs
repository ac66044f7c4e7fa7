namespace PledgeBot.Dialogs.Ports;

/// <summary>A seat in a class session: the class's code and the generated nickname ("Cá heo 17"), never a name.</summary>
public sealed record ClassSeat(string Code, string Nickname);
