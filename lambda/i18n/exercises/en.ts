import type { ExerciseTexts } from '../exercise-text';

/**
 * English texts for the fourteen exercises, written to be read aloud to someone on the floor who is not
 * looking at anything: short sentences, one action each, no digits or symbols.
 *
 * Conventions:
 * - `steps` describe the catalogue's first side only; the skill announces the switch, and `sides` says
 *   what changes where "now the left side" alone would be unclear.
 * - No hold lengths or rep counts: the skill counts. The last step leads into the hold.
 * - `gentler` replaces the steps, so each one sets up the position on its own. For sided exercises it
 *   names no side, so it fits whichever side is running.
 * - Where the brief's card and the source article disagree, the article wins (cobra: the back does the
 *   lifting, the hands only support; bridge: hands clasped underneath while up; cat: the belly dips a
 *   little on the in breath).
 */
export const en: ExerciseTexts = {
  seated_spinal_twist: {
    name: 'seated spinal twist',
    title: 'Seated Spinal Twist',
    position: 'sitting on a chair',
    needs: 'You need a sturdy chair, or you can sit on the floor with your legs crossed.',
    steps: [
      'Sit tall on a sturdy chair with your feet flat on the floor. Or sit on the floor with your legs crossed.',
      "Breathe in and grow tall through the top of your head. You'll come back to the middle between holds.",
      'Breathe out and turn your chest to the right.',
      'Rest your left hand on your right knee. Place your right hand on the chair or the floor behind you.',
      'Turn only until you feel a gentle pull in your middle back. Keep both hips down.',
      'Hold it there and breathe.',
    ],
    caution:
      "Turn from your ribs, not your neck, and don't use your arms to lever yourself further round. If you feel any pain, ease off.",
    gentler: [
      'Sit tall on a sturdy chair with your feet flat on the floor.',
      'Cross your arms over your chest instead of using your hands.',
      'Turn your chest only a little way, just until you feel a light pull.',
      'Hold it there and breathe.',
    ],
    sides: {
      right: 'First, turn to the right.',
      left: 'Now turn to the left. Your right hand goes on your left knee, and your left hand goes behind you.',
    },
  },

  locust: {
    name: 'locust',
    title: 'Locust',
    position: 'lying face down',
    needs: 'You need a mat or a soft rug.',
    steps: [
      "Lie on your front with your forehead on the mat. You'll come back down to rest between lifts.",
      'Keep your legs straight and hip width apart. Rest your arms by your sides with your palms facing down.',
      'Press the tops of your feet and your hips into the floor.',
      'Breathe in and lift your head, chest and arms a little way off the floor. Use the muscles between your shoulder blades.',
      'Keep your eyes on the floor. Hold it there and breathe.',
    ],
    caution:
      "Go only as far as you can without strain. Skip this one if you are pregnant or if lying on your front hurts.",
    gentler: [
      'Lie on your front with your forehead on the mat and your arms by your sides.',
      'Keep your hands flat on the floor and your hips down.',
      'Breathe in and lift only your chest, just a little way.',
      'Hold it there and breathe.',
    ],
  },

  revolved_triangle: {
    name: 'revolved triangle',
    title: 'Revolved Triangle',
    position: 'standing',
    needs: 'You need room to stand, and a sturdy chair in front of you for balance is a good option.',
    steps: [
      'Stand with your right foot forward and your feet about one leg length apart. Turn your back foot in a little and face your hips forward.',
      'Put your hands on your hips. Breathe in and lengthen your spine.',
      'Breathe out and hinge forward from your hips. Keep your back long. Bend your front knee a little if you need to.',
      'Rest your left hand on your right shin or on the seat of the chair. Turn your chest to the right. Reach your right arm up, or leave it on your hip.',
      'When the time is up, come up slowly and keep your back long.',
      'Hold it there and breathe.',
    ],
    caution:
      "This pose bends and twists at the same time, which doesn't suit every back. Go slowly, and skip it if your balance is shaky or your lower back flares up.",
    gentler: [
      'Stand facing a sturdy chair, with one foot a short step in front of the other.',
      'Hinge forward from your hips and rest both hands on the seat of the chair. Bend your front knee a little.',
      'Turn your chest only a little way toward your front leg. Keep both hands on the chair.',
      'Hold it there and breathe.',
    ],
    sides: {
      right: 'Start with your right foot forward, turning to the right.',
      left: 'Now step your left foot forward. Rest your right hand on your left shin or on the chair, and turn your chest to the left.',
    },
  },

  standing_forward_bend: {
    name: 'standing forward bend',
    title: 'Standing Forward Bend',
    position: 'standing',
    needs: "You don't need anything, but a chair in front of you gives your hands somewhere to rest.",
    steps: [
      'Stand with your feet hip width apart and your knees soft.',
      'Breathe in and stand tall. Breathe out and fold forward from your hips, keeping your spine long.',
      'Bend your knees as much as you like. Rest your hands on your thighs, your shins, a chair or the floor.',
      'Let your head and neck hang loose.',
      'When the time is up, bend your knees, put your hands on your thighs and roll up slowly. Your head comes up last.',
      'Hold it there and breathe.',
    ],
    caution:
      'Come up slowly, because you may feel dizzy. Keep your hands on your thighs if you have high blood pressure or if bending forward makes a disc problem worse.',
    gentler: [
      'Stand with your feet hip width apart and your knees well bent.',
      'Fold forward from your hips only a little way. Rest your hands on your thighs or on the back of a chair.',
      'Let your head hang loose. When you come up, keep your hands on your thighs and rise slowly.',
      'Hold it there and breathe.',
    ],
  },

  eagle_arms: {
    name: 'eagle arms',
    title: 'Eagle Arms',
    position: 'sitting or standing',
    needs: "You don't need anything.",
    steps: [
      'Sit or stand tall with your shoulders relaxed.',
      'Reach both arms straight out in front of you at shoulder height.',
      'Cross your right arm over your left arm at the elbows.',
      "Bend your elbows and bring your palms together. If they don't meet, let the backs of your hands touch.",
      'Lift your elbows a little and ease them away from your chest. Feel the stretch between your shoulder blades.',
      'Hold it there and breathe into your upper back.',
    ],
    caution: 'If a shoulder pinches, cross your arms and hug your shoulders instead.',
    gentler: [
      'Sit or stand tall with your shoulders relaxed.',
      'Cross your arms in front of your chest and hold your opposite shoulders, like a hug.',
      'Let your shoulder blades spread apart.',
      'Hold it there and breathe into your upper back.',
    ],
    sides: {
      right: 'Start with your right arm on top.',
      left: 'Now cross the other way, with your left arm on top.',
    },
  },

  puppy_pose: {
    name: 'puppy pose',
    title: 'Puppy Pose',
    position: 'kneeling on the floor',
    needs: 'You need a mat or a soft rug, and a cushion for your knees or forehead if you like.',
    steps: [
      'Start on your hands and knees, with your knees under your hips.',
      'Walk your hands forward a few steps. Keep your hips above your knees.',
      'Let your chest sink slowly toward the floor. Rest your forehead on the floor or on a cushion.',
      'Let gravity do the work.',
      'When the time is up, walk your hands back and sit on your heels.',
      'Just hang out there and breathe.',
    ],
    caution:
      "If your shoulders or knees complain, sit back toward your heels into child's pose. Put a cushion under your knees.",
    gentler: [
      'Start on your hands and knees with a cushion under your knees.',
      'Walk your hands forward only a little way.',
      'Let your hips move back toward your heels, so your chest sinks just a little.',
      'Let your head relax and breathe.',
    ],
  },

  thread_the_needle: {
    name: 'thread the needle',
    title: 'Thread the Needle',
    position: 'on your hands and knees',
    needs: 'You need a mat or a soft rug, and a cushion for your head if you like.',
    steps: [
      'Start on your hands and knees, with your hands under your shoulders and your knees under your hips.',
      'Breathe in. If it feels comfortable, reach your right arm up toward the ceiling.',
      'Breathe out and slide your right arm under your left arm, with your palm facing up.',
      'Lower your right shoulder and the side of your head onto the floor or a cushion. Keep your hips over your knees.',
      'When the time is up, press into your left hand to come back up.',
      'Hold it there and breathe.',
    ],
    caution:
      "Don't rest your full weight on your neck. Stop if you get pain in your shoulder or pins and needles in your arm.",
    gentler: [
      'Start on your hands and knees with a cushion on the floor in front of you.',
      'Slide your arm under your body only part of the way, with your palm facing up.',
      'Rest your head on the cushion. Keep most of your weight on your other hand and your knees.',
      'Hold it there and breathe.',
    ],
    sides: {
      right: 'Your right arm goes under first.',
      left: 'Now slide your left arm under your right arm. Press into your right hand to come back up.',
    },
  },

  childs_pose: {
    name: "child's pose",
    title: "Child's Pose",
    position: 'kneeling on the floor',
    needs: 'You need a mat or a soft rug, and a pillow if your knees need it.',
    steps: [
      "Start on your hands and knees. You'll come back to this position between holds.",
      'Keep your hands where they are. Slowly push your hips back toward your heels.',
      'Let your arms stay stretched forward along the floor.',
      'Lower your forehead toward the floor if that feels comfortable.',
      'Stop when you feel a gentle stretch along your back. Hold it there and breathe.',
    ],
    caution: 'If your knees are sore, widen them, or put a pillow between your hips and your heels.',
    gentler: [
      'Start on your hands and knees with your knees wide apart.',
      'Put a pillow between your hips and your heels.',
      'Push your hips back only part of the way, to a gentle stretch.',
      'Rest your forehead on your hands or on a pillow, and breathe.',
    ],
  },

  sitting_rotation: {
    name: 'sitting rotation',
    title: 'Sitting Rotation',
    position: 'sitting in a chair with armrests',
    needs: 'You need a sturdy chair with armrests.',
    steps: [
      'Sit upright in a sturdy chair with armrests. Keep your feet flat on the floor.',
      'Put both hands on the left armrest.',
      'Gently turn your upper body to the left.',
      "Keep your head in line with your chest. Don't lead with your neck.",
      "You'll come back to the middle between holds.",
      'Hold it there and breathe.',
    ],
    caution: "Turn only to a comfortable pull. Don't use your arms to crank yourself further round.",
    gentler: [
      'Sit upright with your feet flat and your hands resting on your thighs.',
      'Turn your upper body only a little way, just to a light pull.',
      'Keep your head in line with your chest.',
      'Hold it there and breathe.',
    ],
    sides: {
      left: 'Turn to the left, with both hands on the left armrest.',
      right: 'Now turn to the right, with both hands on the right armrest.',
    },
  },

  head_stretch: {
    name: 'head stretch',
    title: 'Head Stretch',
    position: 'sitting on a chair',
    needs: 'You need a chair.',
    steps: [
      'Sit on a chair with your back straight and your shoulders relaxed.',
      'Lace your fingers together behind your head.',
      'Keep breathing steadily. Let your hands gently ease your head forward.',
      'Bring your chin slowly toward your chest until you feel a stretch in your middle back.',
      'Between holds, lift your head slowly and rest your hands.',
      'Hold it there and breathe.',
    ],
    caution:
      'Guide your head, never pull it, because the weight of your hands is enough. Stop if you feel tingling or numbness in your arms.',
    gentler: [
      'Sit tall with your hands resting in your lap.',
      'Let your chin drop slowly toward your chest, with no help from your hands.',
      'Stop at a light stretch in your upper back.',
      'Hold it there and breathe.',
    ],
  },

  cat_stretch: {
    name: 'cat stretch',
    title: 'Cat Stretch',
    position: 'on your hands and knees',
    needs: 'You need a mat or a soft rug.',
    steps: [
      'Start on your hands and knees, with your wrists under your shoulders and your knees under your hips.',
      'Keep your back flat.',
      'When you breathe out, round your back up toward the ceiling, like a scared cat. Let your head drop gently.',
      'When you breathe in, let your back come down and your belly dip a little toward the floor. Lift your gaze.',
      "Move slowly, one breath for each movement. I'll call each one for you.",
    ],
    caution:
      'Stay in a comfortable range, and keep the dip small if your lower back is sensitive. If your wrists hurt, rest on your fists or your forearms.',
    gentler: [
      'Start on your hands and knees. If your wrists hurt, rest on your forearms instead.',
      'When you breathe out, round your back up just a little.',
      'When you breathe in, let your back come down to flat, without dipping.',
      "Keep each movement small and slow. I'll call each one for you.",
    ],
    cues: {
      round: 'Breathe out and round your back up.',
      arch: 'Breathe in and let your back come down.',
    },
  },

  passive_backbend: {
    name: 'passive backbend',
    title: 'Passive Backbend',
    position: 'lying on your back',
    needs: 'You need a bath towel or a firm pillow, and another pillow for your head if you like.',
    steps: [
      'Roll a bath towel into a firm roll. A firm pillow works too.',
      'Sit on the floor with your knees bent and your feet flat.',
      'Lie back slowly, so the roll sits across your back just under your shoulder blades.',
      'Rest your head on a pillow if your neck feels strained. Let your arms rest out to your sides.',
      'When the time is up, roll onto your side and push yourself up with your hands.',
      'Relax and let your upper back drape over the roll. Breathe slowly.',
    ],
    caution:
      'Take the roll away if you feel sharp pain or tingling. If you have osteoporosis, check with your doctor before you try this one.',
    gentler: [
      'Use a thinner roll, or a towel folded flat.',
      'Lie back onto it with your knees bent and a pillow under your head.',
      'Stay only as long as it feels comfortable. You can roll onto your side and come out at any time.',
      'Relax and breathe slowly.',
    ],
  },

  cobra_stretch: {
    name: 'cobra stretch',
    title: 'Cobra Stretch',
    position: 'lying face down',
    needs: 'You need a mat or a soft rug.',
    steps: [
      'Lie on your front. Place your hands under your shoulders, as if you were about to do a push up. Keep your elbows close to your body.',
      'Press your hips and the tops of your feet into the floor.',
      'Breathe in and slowly lift your head and shoulders, using your back muscles. Your hands are only there for support.',
      'Keep your hips on the floor and your shoulders away from your ears.',
      "You'll lower down slowly between holds.",
      'Hold it there and breathe.',
    ],
    caution: 'Stop if your lower back pinches. Avoid this one if you are pregnant or have a hernia.',
    gentler: [
      'Lie on your front with your elbows under your shoulders and your forearms flat on the floor.',
      'Press your hips into the floor.',
      'Gently lift your chest, resting on your forearms. Keep your shoulders away from your ears.',
      'Hold it there and breathe.',
    ],
  },

  bridge_stretch: {
    name: 'bridge stretch',
    title: 'Bridge Stretch',
    position: 'lying on your back',
    needs: 'You need a mat or a soft rug.',
    steps: [
      'Lie on your back with your knees bent and your feet flat on the floor, hip width apart. Rest your arms by your sides.',
      'Gently tighten your stomach and your buttocks.',
      "Breathe out and lift your hips until your shoulders, hips and knees make a straight line. Don't arch your back too far.",
      'Rest on your shoulders and feet. If it feels comfortable, clasp your hands together on the floor underneath you.',
      'Between holds, lower slowly, one part of your spine at a time, and rest your hands by your sides.',
      'Hold it there and breathe.',
    ],
    caution:
      "Keep your weight on your shoulders, not your neck, and don't turn your head while your hips are up. Lower down if the backs of your thighs cramp.",
    gentler: [
      'Lie on your back with your knees bent and your feet flat. Keep your arms by your sides, palms down.',
      'Press your feet and hands gently into the floor.',
      'Lift your hips just a little way off the floor.',
      'Hold it there and breathe.',
    ],
  },
};
