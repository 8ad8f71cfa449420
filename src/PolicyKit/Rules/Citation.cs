using System;

namespace PolicyKit;

/// <summary>
/// A legal source: a Federal Register page (<c>84 FR 22961</c>), a CFR section (<c>15 CFR 744.11</c>)
/// or any other reference. A citation that could not be verified against its source is marked
/// <see cref="IsUnconfirmed"/> and shown as such in every explanation.
/// </summary>
public sealed class Citation : IEquatable<Citation>
{
    /// <summary>Creates a citation.</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank.</exception>
    public Citation(string text, bool unconfirmed = false)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException("A citation needs text.", nameof(text));
        Text = text.Trim();
        IsUnconfirmed = unconfirmed;
    }

    /// <summary>The reference, e.g. <c>84 FR 22961</c>.</summary>
    public string Text { get; }

    /// <summary>Whether the reference is believed right but was not confirmed against its source.</summary>
    public bool IsUnconfirmed { get; }

    /// <summary>A Federal Register page: <c>{volume} FR {page}</c>.</summary>
    public static Citation FederalRegister(int volume, int page, bool unconfirmed = false) => new($"{volume} FR {page}", unconfirmed);

    /// <summary>A section of title 15 of the Code of Federal Regulations, e.g. <c>744.11</c>.</summary>
    public static Citation Cfr(string section) => new($"15 CFR {section}");

    /// <summary>The text, with <c>(unconfirmed)</c> appended where it applies.</summary>
    public override string ToString() => IsUnconfirmed ? Text + " (unconfirmed)" : Text;

    /// <inheritdoc/>
    public bool Equals(Citation? other) => other is not null && other.Text == Text && other.IsUnconfirmed == IsUnconfirmed;
    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Citation);
    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text) ^ (IsUnconfirmed ? 1 : 0);
}
