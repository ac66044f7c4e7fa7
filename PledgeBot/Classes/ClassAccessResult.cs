namespace PledgeBot.Classes;

/// <summary>Who a class request comes from.</summary>
public enum ClassAccessResult
{
    Denied,
    Held,
    Teacher,
    Staff,
}
