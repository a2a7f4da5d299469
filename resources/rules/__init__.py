"""Legal rules as data: Wmo/Awb deadlines and the Algemene termijnenwet calendar."""
