using System.Globalization;
using System.Numerics;

namespace AllianceRules.Serialization;

/// <summary>
/// Whether a JSON number is held exactly by the decimal read from it. A number with more digits
/// than a decimal holds is read rounded, and a value just over a limit can round onto it: such
/// input is refused rather than read as something it does not say.
/// </summary>
internal static class ExactNumbers
{
    public static bool Holds(string raw, decimal read)
    {
        if (!TryParse(raw, out var mantissa, out var exponent))
        {
            return false;
        }

        var bits = decimal.GetBits(read);
        var low = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        var scale = (bits[3] >> 16) & 0xFF;
        var held = (bits[3] < 0 ? -low : low, -scale);
        return Compare((mantissa, exponent), held);
    }

    private static bool Compare((BigInteger Mantissa, int Exponent) a, (BigInteger Mantissa, int Exponent) b)
    {
        if (a.Mantissa.IsZero || b.Mantissa.IsZero)
        {
            return a.Mantissa.IsZero && b.Mantissa.IsZero;
        }

        var common = Math.Min(a.Exponent, b.Exponent);
        return a.Mantissa * BigInteger.Pow(10, a.Exponent - common) == b.Mantissa * BigInteger.Pow(10, b.Exponent - common);
    }

    private static bool TryParse(string raw, out BigInteger mantissa, out int exponent)
    {
        mantissa = BigInteger.Zero;
        exponent = 0;
        var text = raw.AsSpan();
        var negative = text.Length > 0 && text[0] == '-';
        if (negative)
        {
            text = text[1..];
        }

        var e = text.IndexOfAny('e', 'E');
        var digits = e < 0 ? text : text[..e];
        if (e >= 0 && (!int.TryParse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent) || Math.Abs(exponent) > 1000))
        {
            return false;
        }

        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? [] : digits[(point + 1)..];
        if (!BigInteger.TryParse(string.Concat(whole, fraction), NumberStyles.None, CultureInfo.InvariantCulture, out mantissa))
        {
            return false;
        }

        exponent -= fraction.Length;
        if (negative)
        {
            mantissa = -mantissa;
        }

        return true;
    }
}
