package dev.newsflow.extract.lexicon;

/** An administrative division: its full name ("晋中市"), level (province, city, county, township) and GB/T 2260 code. */
public record Place(String fullName, String level, String code) {
    public int rank() {
        return switch (level) {
            case "province" -> 0;
            case "city" -> 1;
            case "county" -> 2;
            default -> 3;
        };
    }
}
