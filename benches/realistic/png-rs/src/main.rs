//! png: encodes generated RGB and RGBA images with several filters and
//! compression levels, decodes them back, and checks each round trip
//! exactly; prints the encoded sizes and a checksum.

use png::{BitDepth, ColorType, Compression, Decoder, Encoder, FilterType};

const W: u32 = 512;
const H: u32 = 384;

fn image(seed: u32, channels: usize) -> Vec<u8> {
    let mut state = 0x9e37_79b9u32 ^ seed;
    let mut data = Vec::with_capacity((W * H) as usize * channels);
    for y in 0..H {
        for x in 0..W {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let noise = (state % 7) as i32 - 3;
            let dx = x as i32 - W as i32 / 2 - seed as i32 * 9;
            let dy = y as i32 - H as i32 / 2;
            let ring = ((dx * dx + dy * dy) / 300 % 8) as i32 * 24;
            let px = [
                (x * 255 / W) as i32 + noise,
                ring + noise,
                ((x + y) % 64 * 4) as i32,
                255 - (y * 200 / H) as i32,
            ];
            for c in px.iter().take(channels) {
                data.push((*c).clamp(0, 255) as u8);
            }
        }
    }
    data
}

fn encode(data: &[u8], color: ColorType, filter: FilterType, compression: Compression) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = Encoder::new(&mut out, W, H);
    encoder.set_color(color);
    encoder.set_depth(BitDepth::Eight);
    encoder.set_filter(filter);
    encoder.set_compression(compression);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(data).unwrap();
    writer.finish().unwrap();
    out
}

fn decode(png: &[u8]) -> Vec<u8> {
    let mut reader = Decoder::new(png).read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    buf
}

fn main() {
    let mut h = 2_166_136_261u32;
    let cases = [
        (ColorType::Rgb, 3, FilterType::Sub, Compression::Fast),
        (ColorType::Rgb, 3, FilterType::Paeth, Compression::Default),
        (ColorType::Rgba, 4, FilterType::Up, Compression::Default),
        (ColorType::Rgba, 4, FilterType::Avg, Compression::Best),
    ];
    for round in 0..2u32 {
        for (i, &(color, channels, filter, compression)) in cases.iter().enumerate() {
            let data = image(round * 4 + i as u32, channels);
            let png = encode(&data, color, filter, compression);
            for _ in 0..3 {
                assert!(decode(&png) == data, "round trip differs");
            }
            for b in &png {
                h = (h ^ u32::from(*b)).wrapping_mul(16_777_619);
            }
            println!(
                "round {round} {color:?} {filter:?} {compression:?}: {} -> {} bytes",
                data.len(),
                png.len()
            );
        }
    }
    println!("png: fnv1a {h:08x}");
}
