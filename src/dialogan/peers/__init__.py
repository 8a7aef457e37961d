"""The peers: GeNeVA-style and DF-GAN-style systems, trained and scored like dialogan."""
